# sum (start, types, errors), any/all (short-circuit, empty), min/max on iterators with key/default.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5, 3j]))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum(x * x for x in range(5)))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([2 ** 64, 2 ** 64]), sum([], start=5), sum(iter([4, 5])))
show("sum strings", lambda: sum(["a", "b"]))
show("sum strings with str start", lambda: sum(["a", "b"], ""))
show("sum bytes start", lambda: sum([b"a"], b""))
show("sum bytearray start", lambda: sum([b"a"], bytearray()))
show("sum mixed", lambda: sum([1, "a"]))
show("sum none", lambda: sum(None))
show("sum lists without start", lambda: sum([[1], [2]]))

class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self.c, other.c)))
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"Vec{self.c}"
print(sum([Vec(1, 2), Vec(3, 4), Vec(5, 6)]), sum([Vec(1, 1)], Vec(10, 10)))

def noisy(values):
    for v in values:
        print("  produced", v)
        yield v
print("any:", any(noisy([0, "", 3, 4])))
print("all:", all(noisy([1, "x", 0, 5])))
print(any([]), all([]), any([[]]), all([[]]), any("abc"), all(""), any({0: 1}), all({1: 0}))
print(any(x > 10 for x in range(5)), all(x < 10 for x in range(5)), any(map(str.isdigit, "ab1")))
show("any non-iterable", lambda: any(5))
show("all two args", lambda: all([1], [2]))

print(min([3, 1, 2]), max("hello"), min(3, 1, 2), max([1, 2], [1, 3]), min((2, "b"), (2, "a")))
print(max([], default="empty"), min((), default=None), max([5], default=0), min([4, 2], key=lambda x: -x))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "kiwi"], key=len), max([1, 3, 3, 2], key=lambda x: x))
print(max(iter([7, 9, 8])), min(map(abs, [-3, 2, -1])), max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
print(max(2, 2.0), max(2.0, 2), min(0, False), min(False, 0), max([float("nan"), 1]), max([1, float("nan")]))
show("max empty", lambda: max([]))
show("min empty iterator", lambda: min(iter([])))
show("max no args", lambda: max())
show("min default with positional", lambda: min(1, 2, default=0))
show("max mixed", lambda: max([1, "a"]))
show("max int", lambda: max(5))
show("min key not callable", lambda: min([1, 2], key=5))
show("max bad kw", lambda: max([1], reverse=True))

# first of equal elements is returned
pairs = [(1, "first"), (0, "zero"), (1, "second")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: -p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))

# statistics without imports
data = [4, 8, 15, 16, 23, 42]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / n
print(n, mean, round(var, 3), max(data) - min(data), sorted(data)[n // 2], all(a <= b for a, b in zip(data, data[1:])))
