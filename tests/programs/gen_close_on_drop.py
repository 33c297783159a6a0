# A suspended generator is closed when its last reference goes: its finally and with blocks run at
# once, a generator that ignores GeneratorExit or raises while closing is reported as an
# "Exception ignored" and the program goes on.

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  open", self.name)
        return self
    def __exit__(self, kind, value, tb):
        print("  close", self.name, kind.__name__ if kind else None)
        return False

def counted(label):
    try:
        for i in range(5):
            yield i
    finally:
        print("  finally of", label)

print("break out of a for loop")
for n in counted("loop"):
    if n == 2:
        break
print("after the loop")

print("dropped by del")
g = counted("del")
next(g)
del g
print("after del")

print("rebinding the name")
g = counted("first")
next(g)
g = counted("second")
print("after rebinding")
next(g)
g = None

print("never started: nothing runs")
g = counted("unstarted")
del g

print("finished: nothing runs")
g = counted("finished")
print(list(g))
del g

print("suspended outside a try: nothing to run")
def plain():
    yield 1
    yield 2
g = plain()
next(g)
del g

print("with block in a generator")
def reader():
    with Resource("file"):
        yield "line 1"
        yield "line 2"
g = reader()
print(next(g))
del g

print("yield from: inner closed first")
def inner():
    try:
        yield "inner"
    finally:
        print("  inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("  outer finally")
g = outer()
print(next(g))
del g

print("in a function's local variable")
def use():
    g = counted("local")
    next(g)
    print("  returning")
use()
print("after the call")

print("ignoring GeneratorExit")
def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("  not stopping")
g = stubborn()
next(g)
del g
print("after stubborn")

print("raising while closing")
def raiser():
    try:
        yield 1
    finally:
        raise ValueError("raised in finally")
g = raiser()
next(g)
g = None
print("after raiser")

print("in a list that is cleared")
gens = [counted("list %d" % i) for i in range(3)]
for g in gens:
    next(g)
del g
gens.clear()
print("after clear")

print("left for the end of the program")
keep = counted("at exit")
next(keep)
print("last line")
