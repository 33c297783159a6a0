class A: pass

class B():
    pass

class C(A):
    x = 1
    y: int = 2

    def method(self):
        return self.x

class D(A, B, metaclass=Meta):
    """Docstring."""

class E(*bases, **kwds):
    pass

class F(A, metaclass=M, flag=True, **extra):
    class Inner:
        class Deeper(object):
            pass

class G(
    A,
    B,
):
    pass

class H(Generic[T], Protocol):
    def __init__(self, *, a): self.a = a

class I(A if cond else B, f(x)[0]):
    __slots__ = ("a", "b")

class J[T](Base[T]):
    attr: T
