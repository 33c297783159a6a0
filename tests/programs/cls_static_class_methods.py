# @staticmethod and @classmethod: binding, alternate constructors, inheritance.

class Temperature:
    scale = "C"
    created = 0

    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.created += 1

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @classmethod
    def describe_class(cls):
        return "%s uses scale %s" % (cls.__name__, cls.scale)

    @staticmethod
    def is_freezing(c):
        return c <= 0

    @staticmethod
    def convert(c, to="F"):
        if to == "F":
            return c * 9 / 5 + 32
        if to == "K":
            return c + 273.15
        raise ValueError("unknown scale %r" % to)

    def freezing(self):
        return self.is_freezing(self.degrees)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.degrees)

class Kelvinish(Temperature):
    scale = "K-ish"

t = Temperature(21)
print(t, t.freezing(), Temperature.is_freezing(-3), t.is_freezing(4))
print(Temperature.convert(100), Temperature.convert(0, "K"), t.convert(37, to="F"))
print(Temperature.from_fahrenheit(212), Temperature.from_fahrenheit(-40))
print(Temperature.describe_class(), t.describe_class())

# Class methods receive the subclass when called through it.
k = Kelvinish.from_fahrenheit(50)
print(k, type(k).__name__, Kelvinish.describe_class(), k.describe_class())
print("created:", Temperature.created)

try:
    Temperature.convert(1, "X")
except ValueError as e:
    print("ValueError:", e)

# A static method is a plain function; a class method is bound to the class.
print(type(Temperature.__dict__["is_freezing"]).__name__,
      type(Temperature.__dict__["from_fahrenheit"]).__name__)
print(Temperature.is_freezing.__name__, Temperature.from_fahrenheit.__name__)
print(Temperature.from_fahrenheit.__self__ is Temperature,
      Kelvinish.from_fahrenheit.__self__ is Kelvinish)
print(t.freezing.__self__ is t, t.freezing.__func__ is Temperature.freezing)

# Calling an instance method through the class needs an explicit self.
print(Temperature.freezing(Temperature(-1)))
try:
    Temperature.freezing()
except TypeError as e:
    print("TypeError:", e)

# Class methods that build registries per class.
class Plugin:
    registry = None
    @classmethod
    def register(cls, name):
        if cls.registry is None:
            cls.registry = []
        cls.registry.append(name)
        return cls
    @classmethod
    def names(cls):
        return list(cls.registry or [])

class AudioPlugin(Plugin):
    registry = None
class VideoPlugin(Plugin):
    registry = None

AudioPlugin.register("mp3").register("ogg")
VideoPlugin.register("h264")
Plugin.register("base")
print(Plugin.names(), AudioPlugin.names(), VideoPlugin.names())

# Static methods used as helpers from other methods and from the class body.
class MathUtil:
    @staticmethod
    def square(x):
        return x * x

    @staticmethod
    def sum_squares(*xs):
        return sum(MathUtil.square(x) for x in xs)

    @classmethod
    def cube_all(cls, xs):
        return [cls.square(x) * x for x in xs]

    table = (square(2), square(3))   # staticmethod objects are callable (3.10+)

print(MathUtil.square(7), MathUtil.sum_squares(1, 2, 3), MathUtil.cube_all([1, 2, 3]), MathUtil.table)

# Factory class methods with validation.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, text):
        parts = text.split("-")
        if len(parts) != 3:
            raise ValueError("expected YYYY-MM-DD, got %r" % text)
        y, m, d = (int(p) for p in parts)
        if not 1 <= m <= 12:
            raise ValueError("month %d out of range" % m)
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "Date(%04d-%02d-%02d)" % (self.y, self.m, self.d)

for text in ["2024-02-29", "1999-12-31", "2020-13-01", "2020/01/01", "20-1-2"]:
    try:
        print(text, "->", Date.parse(text))
    except ValueError as e:
        print(text, "-> ValueError:", e)
print([y for y in [1900, 2000, 2023, 2024, 2100] if Date.is_leap(y)])
