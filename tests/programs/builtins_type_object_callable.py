# type(), object(), callable(), id() comparisons, hash() of ints/tuples, dir()/vars() basics, repr of types.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [1, 1.5, "s", b"b", None, True, [], (), {}, set(), frozenset(), range(1), slice(1), 1j, len, print, type,
          object(), NotImplemented, Ellipsis, iter([]), (x for x in [])]:
    print(type(v).__name__, end=" ")
print()
print(type(1), type("s"), type(None), type(type), type(object), repr(int), str(list), type(len))
print(type(1) is int, type(True) is bool, type(True) is int, type(type(1)) is type, type([]) == list)

# object(): featureless instances
o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 != o2, o1 is not o2, type(o1).__name__, hasattr(o1, "__dict__"), bool(o1))
show("set attr on object()", lambda: setattr(o1, "x", 1))
show("object() with args", lambda: object(1))
print(len(dir(o1)) > 10, "__eq__" in dir(o1), "__init__" in dir(object), sorted(n for n in dir(o1) if n.startswith("__s")))

# callable()
class WithCall:
    def __call__(self):
        return "called"
class Without:
    pass
def fn():
    pass
for v in [fn, lambda: 0, len, print, int, WithCall, WithCall(), Without, Without(), 1, "s", [].append, None, type]:
    print(callable(v), end=" ")
print()
print(WithCall()(), int("5"), type("x")(), list.__call__ is not None)

# id(): only identity comparisons are meaningful
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a[:]), id(None) == id(None), isinstance(id(a), int))
def same_object(x, y):
    return id(x) == id(y)
print(same_object(a, b), same_object(a, c), same_object(fn, fn), same_object(1 == 1, True))

# hash() on ints and tuples of ints: exact values for ints, equality for tuples
print(hash(0), hash(42), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100) == hash(2 ** 100))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(True) == hash(1), hash(1.0) == hash(1))
show("hash of list", lambda: hash([1]))
show("hash of dict", lambda: hash({}))

# vars() and __dict__
class Point:
    kind = "point"
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(vars(p), p.__dict__ is vars(p), "kind" in vars(Point), sorted(k for k in vars(Point) if not k.startswith("__")))
vars(p)["z"] = 3
print(p.z)
show("vars of int", lambda: vars(5))
show("vars two args", lambda: vars(p, p))

# dir() of a user object includes class and instance attributes, sorted
print([n for n in dir(p) if not n.startswith("_")])
def local_scope():
    alpha, beta = 1, 2
    return dir()
print(local_scope())

# type() with one argument requires exactly one or three
show("type no args", lambda: type())
show("type two args", lambda: type(1, 2))
print(type.__name__, type.__qualname__, int.__name__, Point.__name__, Point.__qualname__, Point.__module__)

# repr of builtin callables and classes
print(repr(len), repr(int), repr(Point).startswith("<class '__main__.Point'>"), repr(None), repr(NotImplemented), repr(...))
print(str(type(print)), [].append.__name__, "abc".upper.__qualname__, len.__name__, int.__mro__)
