# Iterable unpacking in assignments and for-loops: starred targets, nesting, errors with exact counts.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
first, *rest = [10, 20, 30, 40]
*init, last = "hello"
head, *mid, tail = range(6)
print(first, rest, init, last, head, mid, tail)
x, *y = (1,)
*p, q = [1]
print(x, y, p, q, type(y).__name__)
(a, b), (c, d) = [1, 2], "xy"
print(a, b, c, d)
[a, [b, [c, *d]]] = [1, [2, [3, 4, 5]]]
print(a, b, c, d)
k1, k2 = {"one": 1, "two": 2}
v1, v2 = {"one": 1, "two": 2}.values()
(i1, it1), (i2, it2) = enumerate("ab")
print(k1, k2, v1, v2, i1, it1, i2, it2)
g1, g2, *g3 = (n * n for n in range(5))
print(g1, g2, g3)
s1, s2 = {7}, {8}
print(s1, s2)

def pair():
    return "left", "right"
left, right = pair()
print(left, right)

# chained assignment with unpacking
m = n, o = 5, 6
print(m, n, o)
t = u, *v = "abc"
print(t, u, v)

# targets can be attributes, subscripts and slices
class Box:
    pass
box = Box()
lst = [0, 0, 0, 0]
box.a, lst[0], lst[-1], *box.rest = "ABCDE"
print(box.a, lst, box.rest)
lst[1:3], box.b = [9, 9, 9], "z"
print(lst, box.b)
dct = {}
dct["x"], dct["y"] = dct["z"] = 1, 2
print(dct)

# evaluation order: right side first, then targets left to right
arr = [0, 1, 2]
i = 0
i, arr[i] = 2, "set"
print(i, arr)

# for-loop targets
for idx, (name, score) in enumerate([("ann", 9), ("bob", 7)]):
    print(idx, name, score)
for first_char, *others in ["abc", "de", "f"]:
    print(first_char, others)
for (a, b), c in [((1, 2), 3), ([4, 5], 6)]:
    print(a + b + c, end=" ")
print()

def exec_unpack(make, n):
    if n == 2:
        a, b = make()
        return a, b
    if n == 3:
        a, b, c = make()
        return a, b, c
    a, b, *c = make()
    return a, b, c
show("too many", lambda: exec_unpack(lambda: [1, 2, 3], 2))
show("too few", lambda: exec_unpack(lambda: [1], 3))
show("star too few", lambda: exec_unpack(lambda: [1], 4))
show("generator too many", lambda: exec_unpack(lambda: (x for x in range(10)), 2))
show("string too few", lambda: exec_unpack(lambda: "ab", 3))
show("non iterable", lambda: exec_unpack(lambda: 5, 2))
show("none", lambda: exec_unpack(lambda: None, 3))
show("dict too many", lambda: exec_unpack(lambda: {"a": 1, "b": 2, "c": 3}, 2))
def nested_bad():
    (a, b), c = 1, 2
show("nested non iterable", nested_bad)
def nested_short():
    (a, b, c), d = [1, 2], 3
show("nested too few", nested_short)
def for_bad():
    for a, b in [(1, 2), (3,)]:
        pass
show("for too few", for_bad)
class Sized:
    def __iter__(self):
        return iter([1, 2, 3, 4, 5])
def big_unpack():
    a, b = Sized()
show("user iterable too many", big_unpack)
def star_exact():
    a, *b, c, d = [1, 2]
show("star with two after", star_exact)
