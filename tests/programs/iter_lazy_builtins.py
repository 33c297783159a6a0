# Iterators from builtins: laziness of map/filter/zip/enumerate/reversed, shared iterators, type names.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def src(name, n):
    for i in range(n):
        print("  %s yields %d" % (name, i))
        yield i

m = map(lambda x: x * 10, src("m", 3))
print("map created")
print(next(m))
print(list(m))
f = filter(lambda x: x % 2, src("f", 4))
print("filter created", next(f), next(f, "done"), next(f, "done"))
z = zip(src("a", 2), src("b", 5))
print(list(z))
print("zip stops as soon as the first iterable is exhausted")

# iterator type names
for obj in [[], (), "", b"", {}, {}.keys(), {}.values(), {}.items(), set(), range(3), bytearray()]:
    print(type(iter(obj)).__name__, end=" ")
print()
print(type(reversed([])).__name__, type(reversed(range(2))).__name__, type(reversed({})).__name__,
      type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)

# a shared iterator is consumed by every consumer
it = iter(range(10))
pairs = list(zip(it, it))
print(pairs)
it = iter("abcdefg")
chunks = [a + b + c for a, b, c in zip(it, it, it)]
print(chunks, list(it))
it = iter([1, 2, 3, 4, 5])
print(3 in it, list(it))
it = iter([1, 2, 3])
print(sum(it), sum(it))

# enumerate/zip/reversed arguments and errors
print(list(enumerate("ab", start=10)), list(enumerate([], 5)), list(enumerate("xy", -1)))
print(list(zip("ab", [1, 2], (True, False))), list(zip()), list(zip("abc")), list(reversed((1, 2, 3))))
print(list(zip("ab", "cd", strict=True)))
show("zip strict short", lambda: list(zip("ab", "c", strict=True)))
show("zip strict long", lambda: list(zip("a", "cd", strict=True)))
show("zip strict third", lambda: list(zip("ab", "cd", "e", strict=True)))
show("reversed generator", lambda: reversed(x for x in "ab"))
show("reversed set", lambda: reversed({1}))
show("enumerate int", lambda: enumerate(5))
show("map non callable", lambda: list(map(5, [1])))
show("map none", lambda: list(map(None, [1])))
show("filter int", lambda: filter(None, 7))
show("next on list", lambda: next([1]))
show("iter int", lambda: iter(3))
show("iter sentinel not callable", lambda: iter([1], 2))

# map with several iterables stops at the shortest, filter(None) keeps truthy values
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200, 300])))
print(list(filter(None, [0, "", None, [], "x", 3, [0]])), list(filter(str.isdigit, "a1b22c3")))
print(list(map(int.__add__, range(3), range(10, 13))), list(map(str.upper, "abc")), list(map(len, ["", "ab", "abc"])))

# iterators are single-pass; iterables are reusable
r = range(3)
print(list(r), list(r), r.start, r.stop)
g = (x for x in range(3))
print(list(g), list(g))
mp = map(abs, [-1, -2])
print(list(mp), list(mp), iter(mp) is mp)

# __iter__ returning itself versus returning a fresh iterator
class Numbers:
    def __init__(self, *vals):
        self.vals = vals
    def __iter__(self):
        return iter(self.vals)
class Once:
    def __init__(self, *vals):
        self.it = iter(vals)
    def __iter__(self):
        return self
    def __next__(self):
        return next(self.it)
nums, once = Numbers(1, 2), Once(1, 2)
print(list(nums), list(nums), list(once), list(once), [a * b for a in nums for b in nums])
class BadIter:
    def __iter__(self):
        return [1, 2]
show("iter returns list", lambda: iter(BadIter()))
show("for over bad iter", lambda: [x for x in BadIter()])
