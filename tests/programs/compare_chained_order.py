# Comparison semantics: chaining with single evaluation, rich comparison fallback order, is vs ==.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def v(label, value):
    print("  eval", label)
    return value

print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 0) < v("c", 3))
print(v("a", 5) > v("b", 3) == v("c", 3) != v("d", 4))
print(v("x", 1) == v("y", 1) is not v("z", None))
x = 4
print(0 <= x < 10, 0 <= x < 3, x in [4] in [[4]], 1 < 2 > 1, 3 > 2 > 1 > 0, 1 == 1.0 == True)

class Loud:
    def __init__(self, name, key):
        self.name = name
        self.key = key
    def __repr__(self):
        return self.name
    def __eq__(self, other):
        print("  %s.__eq__(%s)" % (self, other))
        if not isinstance(other, Loud):
            return NotImplemented
        return self.key == other.key
    def __lt__(self, other):
        print("  %s.__lt__(%s)" % (self, other))
        if not isinstance(other, Loud):
            return NotImplemented
        return self.key < other.key
    __hash__ = None

class LoudChild(Loud):
    def __eq__(self, other):
        print("  child %s.__eq__(%s)" % (self, other))
        return NotImplemented
    def __gt__(self, other):
        print("  child %s.__gt__(%s)" % (self, other))
        return self.key > other.key

a, b = Loud("a", 1), Loud("b", 2)
c = LoudChild("c", 3)
print(a == b, a < b, b > a)
print("reflected for subclass first:", a < c)
print("child eq falls back:", a == c)
print("eq with int:", a == 1, a != 1)
show("lt with int", lambda: a < 1)
show("ge unsupported", lambda: a >= b)
print("identity shortcut in list:", [a] == [a], a in [a], [b].count(b))

# != defaults to the inverse of __eq__
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) == 1, OnlyEq(1) != "x")

# default object comparisons: identity equality, no ordering
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is p, p is not q)
show("plain lt", lambda: p < q)
show("mixed lt", lambda: p <= 1)

# comparisons of containers stop at the first difference
def gen(vals):
    for val in vals:
        print("  yield", val)
        yield val
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], (2,) > (1, 99), "abc" < "abd", "Z" < "a")
print(list(gen([1, 2])) == list(gen([1, 2])), [[1, [2]]] == [[1, [2]]], {"a": [1]} == {"a": [1]})
print(sorted([Loud("p", 3), Loud("q", 1), Loud("r", 2)]))
show("dict order", lambda: {} < {})
show("set vs list", lambda: {1} < [1])
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} == frozenset({1}), frozenset() < {0})

# is with small values is an identity test, == is a value test
s1 = "".join(["ab", "c"])
print(s1 == "abc", None is None, True is (1 == 1), [] is [], () == (), type(1) is int, type(True) is not int)
