# __new__ and __init__: call order, __new__ returning other objects, singletons, immutable subclasses, errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Traced:
    def __new__(cls, *args, **kwargs):
        print(f"  __new__({cls.__name__}, {args}, {kwargs})")
        return super().__new__(cls)
    def __init__(self, value, *, tag=None):
        print(f"  __init__(value={value}, tag={tag})")
        self.value, self.tag = value, tag
t = Traced(5, tag="x")
print(t.value, t.tag, type(t).__name__)

class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        print("  ReturnsOther.__new__ returns an Other")
        return Other()
    def __init__(self):
        print("  never printed: __init__ skipped")
r = ReturnsOther()
print(type(r).__name__)

class ReturnsSubclass:
    def __new__(cls, kind):
        target = {"a": SubA, "b": SubB}.get(kind, cls)
        return super().__new__(target)
    def __init__(self, kind):
        self.kind = kind
class SubA(ReturnsSubclass):
    pass
class SubB(ReturnsSubclass):
    pass
objs = [ReturnsSubclass(k) for k in "abz"]
print([(type(o).__name__, o.kind) for o in objs])

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print("  creating the single instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        print("  __init__ runs on every call")
s1 = Singleton()
s2 = Singleton()
print(s1 is s2)

# immutable builtins must be customised in __new__
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        return super().__new__(cls, round(value, 1))
    def __repr__(self):
        return f"Celsius({float(self)})"
print(Celsius(21.456), Celsius(21.456) + 1, type(Celsius(3) * 2).__name__)
show("below zero", lambda: Celsius(-300))

class UpperStr(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
    def __init__(self, text):
        self.original = text
us = UpperStr("hello")
print(us, us.original, len(us), us.lower(), type(us.lower()).__name__, isinstance(us, str))

class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)
print(Even(7), Even(8), Even(7) + Even(3), [Even(i) for i in range(5)])

# errors around __init__ and __new__
class InitReturns:
    def __init__(self):
        return 42
show("__init__ returns value", InitReturns)
class NewNeedsArgs:
    def __new__(cls, required):
        return super().__new__(cls)
show("__new__ missing arg", NewNeedsArgs)
class NoInit:
    pass
show("object() args", lambda: NoInit(1, 2))
show("object.__new__ non-type", lambda: object.__new__(5))
show("object.__new__ int subclass", lambda: object.__new__(int))
class InitOnly:
    def __init__(self, a):
        self.a = a
print(InitOnly(1).a)
show("init only missing", InitOnly)

# calling __init__ again re-initialises; __new__ directly creates uninitialised objects
t2 = Traced.__new__(Traced)
print(hasattr(t2, "value"))
t2.__init__(9)
print(t2.value)
raw = object.__new__(InitOnly)
print(type(raw).__name__, hasattr(raw, "a"))

# class-level instance counting through __new__
class Counted:
    count = 0
    def __new__(cls, *a):
        cls.count += 1
        return super().__new__(cls)
    def __init__(self, name):
        self.name = name
class CountedChild(Counted):
    pass
for n in "abc":
    Counted(n)
CountedChild("x")
print(Counted.count, CountedChild.count)
