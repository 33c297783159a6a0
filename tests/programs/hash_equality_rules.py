# hash(): ints, tuples, frozensets, user classes; __eq__ disabling hashing; unhashable errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print([hash(n) for n in (0, 1, -1, -2, 7, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61 - 1), 10 ** 30)])
print(hash(True), hash(False), hash(1.0), hash(-1.0), hash(0.5) == hash(0.5), hash(2 ** 64) == hash(2.0 ** 64))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()), hash((1,)) == hash((1.0,)))
print(hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})), hash(range(3)) == hash(range(0, 3, 1)))
print(hash((1, (2, (3, 4)))) == hash((1, (2, (3, 4)))), hash((True, 0)) == hash((1, False)))

show("list", lambda: hash([1]))
show("dict", lambda: hash({}))
show("set", lambda: hash(set()))
show("bytearray", lambda: hash(bytearray()))
show("tuple with list", lambda: hash((1, [2])))
show("frozenset of list", lambda: frozenset([[1]]))
show("dict key list", lambda: {[1]: 2})
show("set add dict", lambda: {1}.add({}))
show("slice", lambda: hash(slice(1, 2)) == hash(slice(1, 2)))
show("in set list", lambda: [1] in {1, 2})
show("dict get list", lambda: {}.get([1]))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)
pts = {Point(1, 2): "a", Point(3, 4): "b"}
print(pts[Point(1, 2)], Point(3, 4) in pts, Point(5, 6) in pts, len({Point(0, 0), Point(0, 0), Point(0, 1)}))

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__, "__hash__" in EqOnly.__dict__)
show("eq only", lambda: hash(EqOnly()))
show("eq only in set", lambda: {EqOnly()})

class EqOnlyChild(Point):
    def __eq__(self, other):
        return False
show("child overriding eq", lambda: hash(EqOnlyChild(1, 1)))

class Inherits(Point):
    pass
print(hash(Inherits(1, 2)) == hash(Point(1, 2)), Inherits(1, 2) == Point(1, 2))

class ExplicitNone:
    __hash__ = None
show("explicit none", lambda: hash(ExplicitNone()))
print(isinstance(ExplicitNone(), object), callable(ExplicitNone.__hash__))

class BadHash:
    def __hash__(self):
        return "nope"
show("bad hash", lambda: hash(BadHash()))
class FloatHash:
    def __hash__(self):
        return 1.5
show("float hash", lambda: hash(FloatHash()))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), hash(BigHash()) == hash(BigHash()))
class NegOneHash:
    def __hash__(self):
        return -1
print(hash(NegOneHash()))

# default hashing is by identity: equal only to itself
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p], Plain() in {p}, len({Plain(), Plain(), p, p}))

# mutating a key after insertion makes it unreachable by equality
class Mutable:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
k = Mutable(1)
d = {k: "value"}
k.v = 2
print(Mutable(1) in d, Mutable(2) in d, k in d, list(d.values()))
k.v = 1
print(k in d, d[Mutable(1)])
