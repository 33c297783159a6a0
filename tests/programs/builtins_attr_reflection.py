# Reflection builtins: isinstance/issubclass with tuples, hasattr/getattr defaults/setattr/delattr, callable, vars, hash/id rules.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Base:
    kind = "base"
class Child(Base):
    pass
class Other:
    pass
c = Child()
print(isinstance(c, Child), isinstance(c, Base), isinstance(c, (Other, Base)), isinstance(c, ()), isinstance(c, (Other, (int, Child))))
print(issubclass(Child, Base), issubclass(Base, Child), issubclass(Child, (Other, Base)), issubclass(bool, int), issubclass(int, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (float, str)), isinstance(None, type(None)), isinstance(int, type))
show("isinstance bad", lambda: isinstance(1, 1))
show("isinstance list", lambda: isinstance(1, [int]))
show("issubclass instance", lambda: issubclass(c, Base))
show("issubclass bad second", lambda: issubclass(Child, "Base"))
print(hasattr(c, "kind"), hasattr(c, "nope"), getattr(c, "kind"), getattr(c, "nope", "dflt"), getattr(c, "nope", None))
setattr(c, "x", 5)
print(c.x, vars(c), hasattr(c, "x"))
delattr(c, "x")
print(hasattr(c, "x"), vars(c))
show("getattr missing", lambda: getattr(c, "missing"))
show("getattr nonstr", lambda: getattr(c, 5))
show("setattr nonstr", lambda: setattr(c, 5, 1))
show("delattr missing", lambda: delattr(c, "missing"))
show("delattr class attr via instance", lambda: delattr(c, "kind"))
show("setattr int", lambda: setattr(5, "x", 1))
show("getattr int", lambda: getattr(5, "nope"))
show("getattr module-like", lambda: getattr(Child, "nope"))
show("hasattr nonstr", lambda: hasattr(c, 1))
show("vars int", lambda: vars(5))
class Prop:
    @property
    def boom(self):
        raise ValueError("inside property")
    @property
    def attr_err(self):
        raise AttributeError("hidden")
p = Prop()
show("hasattr propagates non-AttributeError", lambda: hasattr(p, "boom"))
print(hasattr(p, "attr_err"), getattr(p, "attr_err", "fallback"))
print(callable(len), callable(Child), callable(c), callable(lambda: 0), callable(5), callable("s".upper), callable(None))
class Calls:
    def __call__(self):
        return "called"
print(callable(Calls()), Calls()())
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, "a")) == hash((1.0, "a")), hash(-1), hash(-2))
print(hash(None) == hash(None), type(hash(c)).__name__, hash(c) == hash(c), c == c, Child() == Child())
a = [1]
b = a
print(id(a) == id(b), a is b, id(a) == id([1]) and False, id(c) != id(Child()) or True)
class NoHash:
    __hash__ = None
show("hash disabled", lambda: hash(NoHash()))
class EqOnly:
    def __eq__(self, other):
        return True
show("eq without hash", lambda: hash(EqOnly()))
print(EqOnly.__hash__ is None, isinstance(EqOnly(), object), type(c).__name__, type(c) is Child, c.__class__.__name__)
print(Child.__name__, Child.__bases__, Child.__mro__, Base.__subclasses__())
print(sorted(k for k in vars(Base) if not k.startswith("__")), "kind" in dir(c), "kind" in Child.__dict__)
print(type(5), type("s"), type(None), type(type), type(len), type(Base.kind))
print(getattr(c, "missing"))
