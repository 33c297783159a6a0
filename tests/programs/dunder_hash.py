# __hash__ and __eq__: user objects as dict keys and set members.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)

p1, p2, p3 = Point(1, 2), Point(1, 2), Point(2, 1)
print(p1 == p2, p1 is p2, hash(p1) == hash(p2), p1 == p3)

# Equal objects collapse to one set member / dict key.
points = {p1, p2, p3, Point(0, 0), Point(0, 0)}
print(len(points), sorted(points, key=lambda p: (p.x, p.y)))
print(Point(2, 1) in points, Point(5, 5) in points)

d = {p1: "first"}
d[p2] = "second (same key)"
d[p3] = "third"
print(len(d), d[Point(1, 2)], d[p3], d.get(Point(9, 9), "absent"))
print(sorted(d.items(), key=lambda kv: kv[0].x))

# Counting with objects as keys.
visits = {}
path = [Point(0, 0), Point(0, 1), Point(0, 0), Point(1, 1), Point(0, 1), Point(0, 0)]
for p in path:
    visits[p] = visits.get(p, 0) + 1
print(sorted(visits.items(), key=lambda kv: (-kv[1], kv[0].x, kv[0].y)))

# Default hash/eq are identity based: equal-looking objects stay distinct.
class Token:
    def __init__(self, text):
        self.text = text
a, b = Token("x"), Token("x")
s = {a, b, a}
print(len(s), a == b, a == a, a in s, Token("x") in s)
print(hash(a) == hash(a))

# Defining __eq__ without __hash__ makes instances unhashable.
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(OnlyEq.__hash__)
for attempt in ("hash", "set", "dict key"):
    try:
        if attempt == "hash":
            hash(OnlyEq(1))
        elif attempt == "set":
            {OnlyEq(1)}
        else:
            {OnlyEq(1): 1}
    except TypeError as e:
        print(attempt, "-> TypeError:", e)

# __hash__ = None explicitly, and inheriting hash from a parent.
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class Child(Point):
    pass
print(hash(Child(1, 2)) == hash(Point(1, 2)), Child(1, 2) == Point(1, 2), {Child(1, 2), Point(1, 2)} == {Point(1, 2)})

# A subclass that overrides __eq__ but not __hash__ loses hashability.
class Child2(Point):
    def __eq__(self, other):
        return False
print(Child2.__hash__)

# Hash collisions are fine: equality decides.
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v
    def __repr__(self):
        return "C%d" % self.v
cs = {Collide(i % 4) for i in range(10)}
print(len(cs), sorted(cs, key=lambda c: c.v), Collide(3) in cs, Collide(7) in cs)

# __hash__ must return an int.
class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)

# Hash of big ints returned from __hash__ is reduced.
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))

# Sets of ints: operations.
evens = {n for n in range(10) if n % 2 == 0}
threes = {n for n in range(10) if n % 3 == 0}
print(evens, threes)
print(evens | threes, evens & threes, evens - threes, evens ^ threes)
print(evens <= set(range(10)), {0, 6} < evens, evens.isdisjoint({1, 3}))
s2 = set(evens)
s2.add(100); s2.discard(0); s2.discard(55); s2.update([7, 7, 8])
print(sorted(s2), len(s2), s2.pop() in evens | {7, 100})

# Frozensets of user objects are hashable themselves.
fs1 = frozenset([Point(1, 1), Point(2, 2)])
fs2 = frozenset([Point(2, 2), Point(1, 1)])
print(fs1 == fs2, hash(fs1) == hash(fs2), len({fs1, fs2}))

# Mutating an object used as a key breaks lookups (don't do this).
k = Point(5, 5)
table = {k: "value"}
k.x = 6
print(Point(5, 5) in table, Point(6, 5) in table, len(table))
