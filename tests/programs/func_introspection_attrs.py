# Function objects: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__, __module__, attributes.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def greet(name, greeting="hello", *args, punct="!", **kw):
    """Return a greeting."""
    return f"{greeting} {name}{punct}"

print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__defaults__, greet.__kwdefaults__, type(greet).__name__, callable(greet))

def no_doc(a, b):
    pass
print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__, no_doc(1, 2))

class Outer:
    def method(self):
        def helper():
            return None
        return helper
    class Inner:
        def deep(self):
            pass
    lam = lambda self: None
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Inner.deep.__qualname__, Outer.lam.__qualname__)
print(Outer.method.__name__, Outer.Inner.__qualname__, Outer.Inner.__name__, (lambda: 0).__name__, Outer.__module__)

# defaults can be replaced after definition
greet.__defaults__ = ("hi",)
print(greet("ann"))
greet.__kwdefaults__ = {"punct": "?"}
print(greet("bob", "yo"))
greet.__defaults__ = None
show("after removing defaults", lambda: greet())

# renaming changes how errors are reported
def original(x):
    return x
original.__name__ = "renamed"
print(original.__name__, original.__qualname__)
show("error uses qualname", lambda: original())
original.__qualname__ = "Somewhere.renamed"
show("error uses new qualname", lambda: original())

# arbitrary attributes live in __dict__
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter()
counter()
print(counter.calls, counter.__dict__, hasattr(counter, "calls"), getattr(counter, "missing", "default"))
counter.tags = ["x"]
del counter.calls
print(sorted(counter.__dict__))
show("missing attribute", lambda: counter.nope)
show("name must be str", lambda: setattr(counter, "__name__", 5))
show("defaults must be tuple", lambda: setattr(counter, "__defaults__", [1]))

# docstrings
class Documented:
    """Class doc."""
    def m(self):
        "Method doc."
    @property
    def p(self):
        """Property doc."""
        return 1
print(Documented.__doc__, Documented.m.__doc__, Documented.p.__doc__, Documented().p)
def only_expr():
    1 + 1
    "not a docstring because it is not first"
print(only_expr.__doc__)

# annotations are stored and never enforced
def annotated(a: int, b: "str" = "x", *rest: float, flag: bool = False) -> list:
    return [a, b, rest, flag]
print(annotated.__annotations__)
print(annotated("not int", 5, flag="not bool"))

# functions are first-class: equality, hashing, storing in containers
ops = {"double": lambda v: v * 2, "neg": lambda v: -v, "name": greet.__name__}
print(ops["double"](21), ops["neg"](5), ops["name"], greet == greet, len({greet, greet, no_doc}))
bound1 = Outer().method
inner = Outer.method
print(type(bound1).__name__, type(inner).__name__, bound1.__name__, bound1.__func__ is inner, bound1.__self__.__class__.__name__)
print(Outer.method(None).__name__, callable(bound1), callable(Outer), callable(Outer()), callable(len), callable("s"))
