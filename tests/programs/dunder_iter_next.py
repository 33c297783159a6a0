# Iterator protocol: __iter__ / __next__ and StopIteration.

class Range3:
    """An iterable whose __iter__ returns a fresh iterator each time."""
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        print("    Range3.__iter__")
        return Range3Iterator(self.start, self.stop, self.step)

class Range3Iterator:
    def __init__(self, cur, stop, step):
        self.cur, self.stop, self.step = cur, stop, step
    def __iter__(self):
        return self
    def __next__(self):
        if (self.step > 0 and self.cur >= self.stop) or (self.step < 0 and self.cur <= self.stop):
            print("    StopIteration")
            raise StopIteration
        value = self.cur
        self.cur += self.step
        return value

r = Range3(0, 6, 2)
for x in r:
    print("  loop", x)
print(list(r), list(Range3(5, 0, -2)), sum(Range3(1, 5)))
print(list(r) == list(r), "iterable can be reused")

# An iterator is exhausted after one pass.
it = iter(Range3(0, 3))
print(next(it), next(it), next(it))
print(next(it, "exhausted"), next(it, "still exhausted"))
print("list of exhausted iterator:", list(it))

# StopIteration caught by hand.
it = iter(Range3(10, 12))
while True:
    try:
        value = next(it)
    except StopIteration:
        print("  manual loop done")
        break
    print("  manual", value)

# A self-iterator (the object is its own iterator): second loop sees nothing.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print("first pass:", list(c), "second pass:", list(c))

# Iterators feed every consumer: unpacking, zip, enumerate, sorted, min, in, join.
a, b, c3 = Countdown(3)
print(a, b, c3)
print(list(zip(Countdown(3), Range3(0, 10))))
print(list(enumerate(Countdown(2), start=1)))
print(sorted(Countdown(4)), min(Countdown(4)), max(Range3(0, 5)))
print(2 in Countdown(3), 5 in Countdown(3))
print("-".join(str(n) for n in Countdown(5)))
print(dict(zip(Range3(0, 3), Countdown(3))))
print([x * y for x in Countdown(2) for y in Range3(1, 3)])
first, *middle, last = Range3(0, 5)
print(first, middle, last)

# An infinite iterator stopped by the consumer.
class Naturals:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
taken = []
for n in Naturals():
    if n > 5:
        break
    taken.append(n * n)
print(taken)
nat = Naturals()
print(list(zip(nat, "abc")), "next after zip:", next(nat))

# Fibonacci iterator with state.
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
print(list(Fib(100)))

# iter() with a sentinel.
data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 9)))

# Errors: __iter__ returning a non-iterator, object without __next__.
class BadIter:
    def __iter__(self):
        return 42
class NoNext:
    pass
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next(NoNext())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)

# An exception other than StopIteration escapes the for loop.
class Exploding:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("exploded at %d" % self.i)
        return self.i
seen = []
try:
    for v in Exploding():
        seen.append(v)
except ValueError as e:
    print("ValueError:", e, "after", seen)

# Built-in iterators.
li = iter([1, 2])
print(next(li), next(li), next(li, None))
di = iter({"x": 1, "y": 2})
print(list(di))
si = iter("hi")
print(list(si), list(si))
print(iter(li) is li)
