# Iterator protocol: iter()/next() with defaults, iter(callable, sentinel), exhausted iterators, __iter__ returning non-iterators.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "default"), next(it, None))
print(iter(it) is it, type(iter("ab")).__name__, type(iter({})).__name__, type(iter(range(2))).__name__)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)), counter)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
cd = Countdown(3)
print(list(cd), list(cd), [x for x in Countdown(2)], sum(Countdown(4)), max(Countdown(5)))
class Seqish:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seqish()), 20 in Seqish(), 25 in Seqish(), next(iter(Seqish())))
class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Reusable("xy")
print(list(r), list(r), dict.fromkeys(r), *r)
class BadIter:
    def __iter__(self):
        return 42
class NoNext:
    def __iter__(self):
        return self
show("bad iter", lambda: iter(BadIter()))
show("no next", lambda: iter(NoNext()))
show("for over bad", lambda: [x for x in BadIter()])
show("iter int", lambda: iter(5))
show("next list", lambda: next([1]))
show("next exhausted", lambda: next(iter([])))
show("iter sentinel not callable", lambda: iter(5, 0))
show("next with 3", lambda: next(iter([]), 1, 2))
show("iter no args", lambda: iter())
class Stopper:
    def __next__(self):
        raise StopIteration("with value")
    def __iter__(self):
        return self
try:
    next(Stopper())
except StopIteration as e:
    print("StopIteration", e, e.value, e.args)
print(next(Stopper(), "fallback"))
z = zip([1, 2, 3], "ab")
print(next(z), list(z), list(z))
e = enumerate("xyz", 1)
print(next(e), list(e))
m = map(lambda v: v * 2, [1, 2])
print(next(m), next(m), next(m, "end"))
f = filter(None, [0, 1, "", "a", None, []])
print(list(f))
rv = reversed([1, 2, 3])
print(next(rv), list(rv), type(rv).__name__)
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
fib = Fib()
first = []
for v in fib:
    if v > 50:
        break
    first.append(v)
print(first, next(fib))
a, b, *rest = Countdown(5)
print(a, b, rest)
nums = iter(range(10))
print(list(zip(nums, nums)))
print(next(iter(Countdown(0))))
