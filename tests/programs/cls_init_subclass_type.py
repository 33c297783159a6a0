# __init_subclass__ with kwargs, class decorators, dynamic classes built with type(), __set_name__, class registries.

class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="bee"):
    pass
class Gamma(Beta):
    pass
print([c.plugin_name for c in Plugin.registry], Gamma.plugin_name, hasattr(Plugin, "plugin_name"))
try:
    class Bad(Plugin, color="red"):
        pass
except TypeError as e:
    print("TypeError", e)
class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} must define 'required'")
class Good(Strict):
    required = True
try:
    class Missing(Strict):
        pass
except TypeError as e:
    print("TypeError", e)
def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"expected {len(fields)} args, got {len(args)}")
        for f, a in zip(fields, args):
            setattr(self, f, a)
    cls.__repr__ = __repr__
    cls.__init__ = __init__
    return cls
@add_repr
class Point:
    fields = ("x", "y")
print(Point(1, 2), Point("a", [3]))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
def counted(cls):
    cls.instances = 0
    original = cls.__init__
    def __init__(self, *a, **k):
        type(self).instances += 1
        original(self, *a, **k)
    cls.__init__ = __init__
    return cls
@counted
class Widget:
    def __init__(self, label):
        self.label = label
ws = [Widget(str(i)) for i in range(3)]
print(Widget.instances, ws[-1].label)
def describe(self):
    return f"{type(self).__name__} with {self.legs} legs"
Animal = type("Animal", (), {"legs": 4, "describe": describe, "__repr__": lambda self: "<Animal>"})
Bird = type("Bird", (Animal,), {"legs": 2})
print(Animal().describe(), Bird().describe(), Bird.__name__, Bird.__bases__[0].__name__, Bird.__mro__[-1].__name__, repr(Bird()))
print(type(Bird), type(Bird()) is Bird, isinstance(Bird(), Animal), Bird.__qualname__, Animal.__module__)
Empty = type("Empty", (), {})
e = Empty()
e.attr = 1
print(vars(e), Empty.__name__)
for args in [("X",), ("X", "notatuple", {}), ("X", (), []), ("X", (5,), {})]:
    try:
        print(type(*args))
    except TypeError as ex:
        print("TypeError", ex)
class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print(f"  __set_name__ {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)
class Model:
    a = Field()
    b = Field()
m = Model()
m.a = 4
print(m.a, m.b, vars(m), type(Model.a).__name__)
class Base:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get("tag", "none")
class Mid(Base, tag="mid"):
    pass
class Leaf(Mid):
    pass
print(Mid.tag, Leaf.tag)
class Ordered:
    def __init_subclass__(cls):
        cls.members = [k for k in cls.__dict__ if not k.startswith("_")]
class Colors(Ordered):
    red = 1
    green = 2
    blue = 3
print(Colors.members)
class Final:
    def __init_subclass__(cls):
        raise TypeError(f"{cls.__name__}: cannot subclass Final")
class Oops(Final):
    pass
