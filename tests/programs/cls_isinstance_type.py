# isinstance / issubclass (with tuples), type(x).__name__, __class__.

class Animal: pass
class Mammal(Animal): pass
class Bird(Animal): pass
class Dog(Mammal): pass
class Bat(Mammal): pass
class Robot: pass

things = [Dog(), Bat(), Bird(), Animal(), Robot(), 3, 2.5, True, "s", None, [1], (1,), {}]
for x in things:
    print("%-8s animal=%-5s mammal=%-5s (Bird,Robot)=%-5s (int,str)=%-5s number=%s" % (
        type(x).__name__,
        isinstance(x, Animal),
        isinstance(x, Mammal),
        isinstance(x, (Bird, Robot)),
        isinstance(x, (int, str)),
        isinstance(x, (int, float)) and not isinstance(x, bool)))

print()
classes = [Animal, Mammal, Bird, Dog, Bat, Robot, object]
for c in classes:
    print("%-7s" % c.__name__, [d.__name__ for d in classes if issubclass(c, d)])
print(issubclass(Dog, (Bird, Robot)), issubclass(Dog, (Bird, Mammal)), issubclass(bool, (str, int)))

print()
d = Dog()
print(type(d).__name__, d.__class__.__name__, type(d) is Dog, d.__class__ is Dog)
print(type(d) == Mammal, isinstance(d, Mammal))
print(type(Dog).__name__, type(type).__name__, type(3).__name__, type(None).__name__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__)

# type(x)(...) creates another instance of the same class.
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def moved(self, dx, dy):
        return type(self)(self.x + dx, self.y + dy)
    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.x, self.y)
class Point3(Point):
    pass
print(Point(1, 2).moved(1, 1), Point3(5, 5).moved(-1, 0))

# Nested classes have qualified names.
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
def factory():
    class Local:
        pass
    return Local
print(factory().__name__, factory().__qualname__)

# isinstance with built-in types.
values = [0, -1, 10**30, 1.0, 1j, "", b"", [], (), {}, set(), frozenset(), range(3), None, True, len, Point]
for v in values:
    kinds = []
    for t in (int, float, complex, str, bytes, list, tuple, dict, set, frozenset, range, bool, type):
        if isinstance(v, t):
            kinds.append(t.__name__)
    print("%-18s %s" % (type(v).__name__, kinds))

# Changing __class__ of an instance.
class Caterpillar:
    def stage(self):
        return "crawling"
class Butterfly:
    def stage(self):
        return "flying"
bug = Caterpillar()
print(bug.stage(), type(bug).__name__)
bug.__class__ = Butterfly
print(bug.stage(), type(bug).__name__, isinstance(bug, Caterpillar))

# Errors from isinstance/issubclass with bad arguments.
for call in [lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, (int, 3)), lambda: issubclass(str, (int, 3))]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
