# __slots__ declarations: validation errors, layouts across inheritance,
# member descriptors, object() without a __dict__, and slotted cycles.
import gc


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def make_class(slots, bases=(), **extra):
    ns = {'__slots__': slots}
    ns.update(extra)
    return type('Made', bases, ns)


show("int item", lambda: make_class((1,)))
show("not identifier", lambda: make_class(('a b',)))
show("empty name", lambda: make_class(('',)))
show("two dicts", lambda: make_class(('__dict__', '__dict__')))
show("conflict", lambda: make_class(('x',), x=1))
show("not iterable", lambda: make_class(5))
show("from list", lambda: make_class(['p', 'q']).__slots__)
show("from dict", lambda: sorted(k for k in make_class({'k': 'doc'}).__dict__ if k == 'k'))

try:
    class Num(int):
        __slots__ = ('extra',)
except TypeError as e:
    print("int subtype", e)


class NumOk(int):
    __slots__ = ()


print(NumOk(5) + 1, hasattr(NumOk(5), '__dict__'))


class A:
    __slots__ = ('a',)


class B:
    __slots__ = ('b',)


try:
    class AB(A, B):
        pass
except TypeError as e:
    print("layout", e)


class A2(A):
    __slots__ = ('a2',)


class Mixed(A2, A):
    pass


m = Mixed()
m.a, m.a2, m.free = 1, 2, 3
print(m.a, m.a2, m.free, m.__dict__)


class WithDict(A):
    __slots__ = ('__dict__',)


w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.__dict__)
try:
    class Again(WithDict):
        __slots__ = ('__dict__',)
except TypeError as e:
    print("dict again", e)

# member descriptors
print(type(A.a).__name__, A.a.__name__, A.a.__qualname__, repr(A.a).startswith("<member 'a' of 'A' objects>"))
obj = A()
A.a.__set__(obj, 'set')
print(A.a.__get__(obj, A), A.a.__get__(None, A) is A.a)
A.a.__delete__(obj)
show("get after delete", lambda: obj.a)
show("delete twice", lambda: A.a.__delete__(obj))
show("wrong object", lambda: A.a.__get__(5))
show("wrong instance", lambda: A.a.__set__(B(), 1))

# object() instances have no __dict__
o = object()
show("object attr", lambda: setattr(o, 'x', 1))
show("object dict", lambda: o.__dict__)
show("object vars", lambda: vars(o))
print(hasattr(o, '__dict__'), hasattr(A(), '__dict__'))

# class attributes are read-only through a slotted instance
class Conf:
    __slots__ = ('name',)
    level = 1


c = Conf()
show("set class attr", lambda: setattr(c, 'level', 2))
show("del class attr", lambda: delattr(c, 'level'))
show("del missing", lambda: delattr(c, 'nothing'))

# a subclass of a built-in container with slots
class Tagged(list):
    __slots__ = ('tag',)


t = Tagged([3, 1, 2])
t.tag = 'numbers'
t.sort()
print(t, t.tag, len(t))
show("tagged extra", lambda: setattr(t, 'other', 1))

# slotted objects in reference cycles are collected
class Node:
    __slots__ = ('other', 'payload', '__weakref__')


gc.collect()
for i in range(100):
    x, y = Node(), Node()
    x.other, y.other = y, x
    x.payload = [i] * 10
print(gc.collect() >= 2)

# __slots__ given as a string or as an iterator
class One:
    __slots__ = 'only'


class Gen:
    __slots__ = iter(['g1', 'g2'])


g = Gen()
g.g1 = 1
print(One.__slots__, sorted(k for k in Gen.__dict__ if k.startswith('g')), g.g1)
show("unset", lambda: g.g2)
