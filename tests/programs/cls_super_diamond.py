# Cooperative super() in diamond hierarchies: every class runs exactly once.

calls = []

class Base:
    def __init__(self, **kwargs):
        calls.append("Base")
        if kwargs:
            calls.append("Base leftover %r" % sorted(kwargs.items()))
        super().__init__()

    def save(self):
        return ["Base.save"]

class Left(Base):
    def __init__(self, left=None, **kwargs):
        calls.append("Left(left=%r)" % (left,))
        self.left = left
        super().__init__(**kwargs)

    def save(self):
        return ["Left.save"] + super().save()

class Right(Base):
    def __init__(self, right=None, **kwargs):
        calls.append("Right(right=%r)" % (right,))
        self.right = right
        super().__init__(**kwargs)

    def save(self):
        return ["Right.save"] + super().save()

class Child(Left, Right):
    def __init__(self, child=None, **kwargs):
        calls.append("Child(child=%r)" % (child,))
        self.child = child
        super().__init__(**kwargs)

    def save(self):
        return ["Child.save"] + super().save()

print([c.__name__ for c in Child.__mro__])
c = Child(child=1, left=2, right=3)
print(calls)
print(sorted(c.__dict__.items()))
print(c.save())

calls.clear()
c2 = Child(left="only left", extra="unused")
print(calls)

# Right's super() goes to Base for a Right instance but is Right -> Base in
# Child's MRO: super() follows the instance's MRO, not the class's bases.
calls.clear()
r = Right(right="alone")
print(calls, r.save())

# A deeper diamond with a mixin on each side.
trace = []
class Root:
    def setup(self):
        trace.append("Root")
class Logging(Root):
    def setup(self):
        trace.append("Logging>")
        super().setup()
        trace.append("<Logging")
class Caching(Root):
    def setup(self):
        trace.append("Caching>")
        super().setup()
        trace.append("<Caching")
class Metrics(Root):
    def setup(self):
        trace.append("Metrics>")
        super().setup()
        trace.append("<Metrics")
class Service(Logging, Caching, Metrics):
    def setup(self):
        trace.append("Service>")
        super().setup()
        trace.append("<Service")
print([c.__name__ for c in Service.__mro__])
Service().setup()
print(trace)

# Non-cooperative version: calling bases explicitly runs Root twice.
trace.clear()
class Explicit(Logging, Caching):
    def setup(self):
        Logging.setup(self)
        Caching.setup(self)
Explicit().setup()
print("explicit:", trace)

# super() inside a class method and a property.
class A:
    @classmethod
    def create(cls):
        return "A.create(%s)" % cls.__name__
    @property
    def label(self):
        return "A-label"
class B(A):
    @classmethod
    def create(cls):
        return "B.create -> " + super().create()
    @property
    def label(self):
        return "B+" + super().label
class C(B):
    pass
print(B.create(), C.create(), B().label, C().label)

# super() reaching object's methods.
class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True
    def __repr__(self):
        return "Plain(via super: %s)" % (super().__repr__().startswith("<"),)
print(Plain().ok, Plain())

# super() with explicit arguments matches the zero-argument form.
class M(Left, Right):
    def save(self):
        return super(M, self).save() == super().save()
print(M().save())
