# Multiple inheritance and the C3 method resolution order.

def mro(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for cls in [A, K1, K2, K3, Z]:
    print(cls.__name__.ljust(3), mro(cls))

# The diamond.
class Top:
    def hello(self):
        return "Top"
class Left(Top):
    def hello(self):
        return "Left"
class Right(Top):
    def hello(self):
        return "Right"
class Bottom(Left, Right):
    pass
class Bottom2(Right, Left):
    pass
print("Bottom ", mro(Bottom), Bottom().hello())
print("Bottom2", mro(Bottom2), Bottom2().hello())

# Method found in the second base when the first lacks it.
class OnlyRight(Top):
    def only(self):
        return "only in OnlyRight"
class Plain(Top):
    pass
class Mixed(Plain, OnlyRight):
    pass
print(mro(Mixed), Mixed().only(), Mixed().hello())

# Attributes resolved by the MRO, not depth-first.
class X:
    tag = "X"
class Y(X):
    pass
class W(X):
    tag = "W"
class V(Y, W):
    pass
print(mro(V), "tag =", V.tag)

# Mixins.
class JsonMixin:
    def to_json(self):
        parts = ['"%s": %r' % (k, v) for k, v in sorted(self.__dict__.items())]
        return "{" + ", ".join(parts) + "}"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__
class Point(JsonMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
print(mro(Point))
print(Point(1, 2).to_json(), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))

# Inconsistent hierarchies are rejected with TypeError.
def try_class(label, make):
    try:
        cls = make()
        print(label, "ok:", mro(cls))
    except TypeError as e:
        print(label, "TypeError:", e)

def make_bad1():
    class Bad1(X, Y):
        pass
    return Bad1
def make_good1():
    class Good1(Y, X):
        pass
    return Good1
def make_bad2():
    class Bad2(X, X):
        pass
    return Bad2
try_class("X, Y (Y derives X)", make_bad1)
try_class("Y, X", make_good1)
try_class("duplicate base", make_bad2)

class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass
def make_bad3():
    class Bad3(Q1, Q2):
        pass
    return Bad3
try_class("Q1, Q2 (conflicting orders)", make_bad3)

# Class statements that fail the same way.
try:
    class Bad4(O, A):
        pass
except TypeError as e:
    print("class Bad4(O, A):", e)

# Built-in types in the MRO.
class MyList(list):
    pass
class MyDictInt(dict):
    pass
print(mro(MyList), mro(MyDictInt), mro(bool))

# __bases__ versus __mro__.
print([b.__name__ for b in Z.__bases__], len(Z.__mro__))

# mro() method agrees with __mro__.
print(Z.mro() == list(Z.__mro__))
