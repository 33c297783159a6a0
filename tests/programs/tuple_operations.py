# Tuples: packing, single-element syntax, immutability errors, methods, comparison, hashing, concatenation.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t = 1, 2, 3
single = (5,)
not_tuple = (5)
empty = ()
print(t, single, not_tuple, empty, type(single).__name__, type(not_tuple).__name__, len(empty))
print(tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1, "b": 2}), tuple(), tuple(x * x for x in range(4)))
print(t + (4,), t * 2, 2 * single, t[1], t[-1], t[::-1], t[1:], t.index(2), t.count(3), 2 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 100), (1, "a") == (1, "a"), (1, 2) == [1, 2])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pt"}[1, 2], (1, (2, 3)) in {(1, (2, 3))})
print(max((1, 5), (1, 7), (0, 99)), min(("b", 1), ("a", 2)), sorted([(2, "x"), (1, "y"), (2, "a")]))
print(repr((1,)), repr(((),)), repr((None, True)), str(("s", 1.0)))
a, b = 1, 2
a, b = b, a
print(a, b)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
show("setitem", lambda: t.__setitem__(0, 9))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError", e)
show("hash with list", lambda: hash((1, [2])))
show("dict key with list", lambda: {(1, [2]): 1})
show("index missing", lambda: t.index(9))
show("getitem oob", lambda: t[3])
show("concat list", lambda: t + [4])
show("tuple(5)", lambda: tuple(5))
show("lt mixed", lambda: (1, "a") < (1, 2))
show("lt nested", lambda: ((1, 2),) < ((1, "x"),))
try:
    nested[1] += [6]
except TypeError as e:
    print("TypeError", e)
print("after failed +=", nested)
counts = ((x, t.count(x)) for x in (1, 9))
print(tuple(counts))
print(t.index(3, 1), t.index(1, -3), t[True])
print(tuple(tuple(row) for row in [[1, 2], [3]]), (1, 2) + (), () * 5, (0,) * 3)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1])
print(lo, hi, minmax("hello"))
print(type(()) is tuple, tuple() == (), len((1, 2, 3)), sum((1, 2, 3)), list(reversed((1, 2, 3))))
point = (3, 4)
print("x=%d y=%d" % point, "{}-{}".format(*point), f"{point}")
t[5]
