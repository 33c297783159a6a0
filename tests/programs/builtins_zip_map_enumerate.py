# zip (incl. strict=), map with several iterables, enumerate start, filter, reversed, and lazy evaluation order.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])), list(zip([1, 2], [3], [4, 5])))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("xyz", range(3))), list(zip(range(3), range(3), strict=True)))
show("strict short second", lambda: list(zip([1, 2], [1], strict=True)))
show("strict long second", lambda: list(zip([1], [1, 2], strict=True)))
show("strict third", lambda: list(zip([1], [1], [1, 2], strict=True)))
show("strict third short", lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
show("zip int", lambda: zip(1, [2]))
show("zip bad kw", lambda: zip([1], fill=0))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(str.upper, ["x"])), list(map(int, "123")))
print(list(map(lambda x, y: (x, y), [1, 2, 3], "ab")))
show("map no func", lambda: map())
show("map one arg", lambda: list(map(len)))
show("map not callable", lambda: list(map(5, [1])))
show("map raises", lambda: list(map(int, ["1", "x"])))
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate("ab", start=-2)), list(enumerate([], 5)))
print(list(enumerate("ab", 10 ** 20)))
show("enumerate float", lambda: enumerate("a", 1.5))
show("enumerate int", lambda: enumerate(5))
print(list(filter(lambda v: v % 2, range(10))), list(filter(None, [0, 1, [], [2], "", "s"])), list(filter(str.isdigit, "a1b2")))
show("filter int", lambda: filter(None, 5))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
show("reversed set", lambda: reversed({1, 2}))
show("reversed gen", lambda: reversed(x for x in [1]))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
class CustomRev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Rev())), list(reversed(CustomRev())))
trace = []
def noisy(tag, values):
    for v in values:
        trace.append(f"{tag}{v}")
        yield v
z = zip(noisy("a", [1, 2, 3]), noisy("b", [10, 20]))
print(trace)
print(list(z), trace)
trace.clear()
m = map(lambda v: v * 2, noisy("m", [1, 2]))
print(trace, next(m), trace, list(m), trace)
pairs = [("x", 1), ("y", 2)]
for i, (name, val) in enumerate(pairs, start=1):
    print(i, name, val)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], list(map(sum, matrix)), list(map(sum, zip(*matrix))))
names, ages = zip(*[("ann", 3), ("ben", 5)])
print(names, ages)
for a, b in zip("ab", "xyz", strict=True):
    print(a, b)
