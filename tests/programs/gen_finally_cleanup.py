# Generator cleanup: finally and with blocks inside generators on exhaustion, close, break and errors.

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"  open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"  close {self.name} (exc={exc_type.__name__ if exc_type else None})")
        return False

def reader(name, lines):
    with Resource(name):
        for line in lines:
            yield line.upper()

print(list(reader("full", ["a", "b"])))

g = reader("partial", ["x", "y", "z"])
print(next(g))
g.close()
print("after close")

def numbered():
    try:
        for i in range(5):
            yield i
    finally:
        print("  numbered finally")

for n in numbered():
    if n == 2:
        print("breaking")
        break
print("after loop with break")

gen = numbered()
for n in gen:
    if n == 1:
        break
print("loop ended, generator still suspended")
gen.close()

def steps():
    print("  step 1")
    yield 1
    try:
        print("  step 2")
        yield 2
    finally:
        print("  step 2 finally")
    print("  step 3")
    yield 3
s = steps()
print(next(s), next(s), next(s), next(s, "end"))

# exception thrown by the consumer's code does not affect the generator until close
def counting():
    try:
        yield from range(3)
    finally:
        print("  counting finally")
c = counting()
try:
    for v in c:
        if v == 1:
            raise ValueError("consumer failed")
except ValueError as e:
    print("caught", e)
c.close()

# an exception inside the generator runs its finally before propagating
def faulty():
    try:
        yield "ok"
        raise RuntimeError("generator failed")
    finally:
        print("  faulty finally")
f = faulty()
print(next(f))
try:
    next(f)
except RuntimeError as e:
    print("caught", e)
print(next(f, "exhausted"))

# finally that yields during close is an error
def yields_in_finally():
    try:
        yield 1
    finally:
        yield "cleanup value"
y = yields_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# try/except/else/finally inside a generator driven by send
def transactional():
    log = []
    while True:
        item = yield log
        try:
            if item < 0:
                raise ValueError(item)
        except ValueError as e:
            log.append(f"rejected {e}")
        else:
            log.append(f"accepted {item}")
        finally:
            log.append("checked")
t = transactional()
next(t)
t.send(5)
print(t.send(-1))
t.close()

# return inside try/finally in a generator
def early_return(flag):
    try:
        yield "first"
        if flag:
            return "early"
        yield "second"
    finally:
        print("  early_return finally, flag =", flag)
for flag in (True, False):
    gen = early_return(flag)
    out = []
    while True:
        try:
            out.append(next(gen))
        except StopIteration as stop:
            out.append(("stop", stop.value))
            break
    print(out)

# generator state after finishing
done = numbered()
print(list(done), list(done))
