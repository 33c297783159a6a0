# super() in its forms: zero-arg, two-arg, in classmethods, properties, __init_subclass__, and its errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Base:
    kind = "base"
    def __init__(self, name):
        self.name = name
        print(f"  Base.__init__({name!r})")
    def greet(self):
        return f"Base greets {self.name}"
    @classmethod
    def create(cls, name, *extra):
        print(f"  Base.create for {cls.__name__}")
        return cls(name, *extra)
    @staticmethod
    def helper(x):
        return f"Base.helper({x})"
    @property
    def title(self):
        return "Base title of " + self.name
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Child(Base):
    kind = "child"
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def greet(self):
        return super().greet() + " (via Child)"
    @classmethod
    def create(cls, name):
        print(f"  Child.create for {cls.__name__}")
        return super().create(name, 7)
    @staticmethod
    def helper(x):
        return "Child.helper -> " + super(Child, Child).helper(x)
    @property
    def title(self):
        return super().title.upper()
    def kinds(self):
        return self.kind, super().kind, super(Child, self).kind, Base.kind

class Grand(Child):
    def __init__(self, name):
        super().__init__(name, 0)
    def greet(self):
        return "Grand skips Child: " + super(Child, self).greet()

c = Child("kid", 5)
print(c, c.greet(), c.title, c.kinds(), Child.helper(3))
g = Grand("gran")
print(g.greet(), g.age, g.title)
made = Child.create("made")
print(made, type(made).__name__)
print(made.age, super(Child, Child).create("explicit", 9).age)

# super objects
s = super(Child, c)
print(type(s).__name__, s.greet(), s.__self__ is c, s.__thisclass__.__name__, s.__self_class__.__name__)
print(super(Base, c).__repr__() == object.__repr__(c), super(Grand, g).greet())

# unbound super in class context: super(Child, Child)
print(super(Child, Child).helper("via unbound"), super(Child, Grand).kind)

# super() in __init_subclass__ and __setattr__
class Registry:
    members = []
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.members.append((cls.__name__, tag))
class PluginA(Registry, tag="a"):
    pass
class PluginB(Registry):
    pass
print(Registry.members)
show("unknown subclass kwarg", lambda: type("Bad", (Registry,), {}, color="red"))

class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        super().__setattr__(name, value)
gd = Guarded()
gd.public = 1
print(vars(gd))
show("private set", lambda: setattr(gd, "_x", 1))

# errors
def no_args_outside():
    return super()
show("super outside class", no_args_outside)
show("super with non-type", lambda: super(1, c))
show("super unrelated obj", lambda: super(Child, Base("x")).greet())
show("super missing attribute", lambda: super(Child, c).nonexistent)
class Static:
    @staticmethod
    def method():
        return super().__repr__()
show("zero-arg super in staticmethod", Static.method)

# super() follows the MRO of the instance, not of the defining class
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), B().who(), [k.__name__ for k in D.__mro__])
