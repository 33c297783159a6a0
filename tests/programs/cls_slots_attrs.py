# __slots__: restricted attributes, no __dict__, inheritance with and without slots, error messages.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
p.x = 10
print(p, hasattr(p, "__dict__"), Point.__slots__, type(Point.x).__name__)
show("new attribute", lambda: setattr(p, "z", 3))
show("read missing", lambda: p.z)
del p.y
show("read deleted slot", lambda: p.y)
def del_again():
    del p.y
show("delete empty slot", del_again)
p.y = 5
print(p)
show("vars of slotted", lambda: vars(p))

class Empty:
    __slots__ = ()
e = Empty()
show("no attributes at all", lambda: setattr(e, "a", 1))

class Unset:
    __slots__ = ["value"]
u = Unset()
show("never assigned slot", lambda: u.value)
print(hasattr(u, "value"), getattr(u, "value", "default"))

# subclasses without __slots__ get a __dict__ again
class Point3(Point):
    pass
p3 = Point3(1, 2)
p3.z = 3
print(p3, p3.z, p3.__dict__)

class Point3Slots(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
ps = Point3Slots(1, 2, 3)
print(ps, ps.z, hasattr(ps, "__dict__"))
show("slotted subclass extra", lambda: setattr(ps, "w", 4))

# __dict__ can be requested explicitly in slots
class Flexible:
    __slots__ = ("fixed", "__dict__")
f = Flexible()
f.fixed = 1
f.dynamic = 2
print(f.fixed, f.dynamic, f.__dict__)

# class attributes conflict with slot names
try:
    class Conflict:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print(type(e).__name__, e)

# slots with class-level defaults must live elsewhere; read-only class attribute shadowing
class Config:
    __slots__ = ("name",)
    version = 3
c = Config()
c.name = "cfg"
print(c.name, c.version)
show("set class attr via slotted instance", lambda: setattr(c, "version", 4))

# slots and properties together
class Temperature:
    __slots__ = ("_celsius",)
    def __init__(self, c):
        self.celsius = c
    @property
    def celsius(self):
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
show("validated", lambda: setattr(t, "celsius", -300))
show("read-only property", lambda: setattr(t, "fahrenheit", 1))

# many instances, equality and hashing are unaffected by slots
class Pair:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
pairs = {Pair(i % 3, i % 2) for i in range(12)}
print(len(pairs), sorted((q.a, q.b) for q in pairs))

# slot descriptors work through the class
print(Point.x.__get__(p), Point.y.__name__ if hasattr(Point.y, "__name__") else "?")
Point.x.__set__(p, 99)
print(p)

# a string __slots__ is a single slot name
class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print(s.only, Single.__slots__)
show("single slot other", lambda: setattr(s, "o", 1))
