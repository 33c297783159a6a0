# Class statements with keywords: a metaclass, __init_subclass__ arguments,
# and three-argument type().
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __call__(cls, *args):
        print("making", cls.__name__, args)
        return super().__call__(*args)


class Base(metaclass=Meta, tag="base"):
    def __init__(self, x):
        self.x = x

    def __init_subclass__(cls, /, label="?", **kw):
        super().__init_subclass__(**kw)
        cls.label = label


class Child(Base, label="kid"):
    pass


print(Base.tag, Child.tag, Child.label, type(Child).__name__, Child(5).x)
Dyn = type("Dyn", (Child,), {"y": 2})
print(Dyn.label, Dyn.y, Dyn.__mro__[1].__name__, isinstance(Dyn, Meta))
