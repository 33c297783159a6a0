# isinstance/issubclass in depth: tuples (nested), union types, __instancecheck__/__subclasscheck__,
# __class__ assignment and spoofing, type() versus isinstance, and argument errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Animal:
    pass
class Dog(Animal):
    pass
class Cat(Animal):
    pass
class Robot:
    pass

rex = Dog()
print(isinstance(rex, Dog), isinstance(rex, Animal), isinstance(rex, object), isinstance(rex, Cat))
print(isinstance(rex, (Cat, Robot)), isinstance(rex, (Cat, (Robot, (Dog,)))), isinstance(rex, ()))
print(issubclass(Dog, Animal), issubclass(Dog, Dog), issubclass(Animal, Dog), issubclass(Dog, (Cat, Animal)))
print(isinstance(3, int | str), isinstance("s", int | str), isinstance(None, int | None), issubclass(bool, int | float))
print(int | str, type(int | str).__name__, (int | str) == (str | int), int | int)
print(type(rex) is Dog, type(rex) is Animal, type(rex) == Dog, rex.__class__ is Dog, type(rex).__name__)
print(isinstance(True, int), type(True) is int, isinstance(1, bool), issubclass(bool, object))
print(isinstance(Dog, type), isinstance(type, type), isinstance(object, type), issubclass(type, object))

show("second arg not a type", lambda: isinstance(rex, rex))
show("second arg str", lambda: isinstance(1, "int"))
show("issubclass first arg instance", lambda: issubclass(rex, Animal))
show("issubclass tuple containing junk", lambda: issubclass(Dog, (Animal, 5)))
show("isinstance tuple containing junk", lambda: isinstance(rex, (Cat, 5)))
show("isinstance junk after match", lambda: isinstance(rex, (Dog, 5)))

# metaclass hooks customise the checks
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print(f"    __instancecheck__({type(obj).__name__})")
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print(f"    __subclasscheck__({sub.__name__})")
        return hasattr(sub, "quack")
class Duck(metaclass=DuckMeta):
    pass
class Mallard:
    def quack(self):
        return "quack"
print(isinstance(Mallard(), Duck), isinstance(rex, Duck), issubclass(Mallard, Duck), issubclass(Dog, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(Mallard(), (int, Duck)))

# __class__ can be reassigned between compatible classes, and can be faked by a property
class Celsius:
    def __init__(self, deg):
        self.deg = deg
    def show(self):
        return f"{self.deg} C"
class Fahrenheit:
    def show(self):
        return f"{self.deg * 9 / 5 + 32} F"
t = Celsius(100)
print(t.show(), type(t).__name__)
t.__class__ = Fahrenheit
print(t.show(), type(t).__name__, isinstance(t, Celsius))
show("assign builtin class", lambda: setattr(t, "__class__", int))
show("assign non-class", lambda: setattr(t, "__class__", 5))

class Impostor:
    @property
    def __class__(self):
        return Dog
imp = Impostor()
print(isinstance(imp, Dog), type(imp) is Dog, imp.__class__.__name__, type(imp).__name__)

# abstract-style checks done by hand
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
for shp in (Square(3), Blob()):
    try:
        print(type(shp).__name__, shp.area())
    except NotImplementedError as e:
        print(type(e).__name__, e)

# dispatch on type with isinstance chains versus type() lookups
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return f"sequence of {len(x)}"
    if isinstance(x, dict):
        return "mapping"
    return type(x).__name__
print([describe(v) for v in (True, 3, [1], (1, 2), {}, 2.5, "s", None, rex)])
handlers = {int: "int handler", str: "str handler"}
print([handlers.get(type(v), "fallback") for v in (1, True, "s", 1.0)])
print(Dog.__bases__, Animal.__subclasses__(), Dog.__mro__, object.__bases__, type.__mro__)
