# Reflected operators (__radd__ etc.), NotImplemented fallbacks, subclass priority.

class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Meters(%r)" % (self.v,)
    def __add__(self, other):
        print("    Meters.__add__(%r, %r)" % (self, other))
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("    Meters.__radd__(%r, %r)" % (self, other))
        if isinstance(other, (int, float)):
            return Meters(other + self.v)
        return NotImplemented
    def __sub__(self, other):
        print("    Meters.__sub__")
        if isinstance(other, (int, float)):
            return Meters(self.v - other)
        return NotImplemented
    def __rsub__(self, other):
        print("    Meters.__rsub__")
        if isinstance(other, (int, float)):
            return Meters(other - self.v)
        return NotImplemented
    def __mul__(self, k):
        print("    Meters.__mul__")
        if isinstance(k, (int, float)):
            return Meters(self.v * k)
        return NotImplemented
    __rmul__ = __mul__
    def __rtruediv__(self, other):
        print("    Meters.__rtruediv__")
        return "%r per meter" % (other / self.v,)
    def __rfloordiv__(self, other):
        return other // self.v
    def __rmod__(self, other):
        return other % self.v
    def __rpow__(self, base):
        return base ** self.v

def show(label, thunk):
    print(label)
    try:
        print("  ->", thunk())
    except TypeError as e:
        print("  -> TypeError:", e)

m = Meters(5)
show("m + 2", lambda: m + 2)
show("2 + m  (int.__add__ gives NotImplemented)", lambda: 2 + m)
show("2.5 + m", lambda: 2.5 + m)
show("m + m", lambda: m + m)
show("10 - m", lambda: 10 - m)
show("m - 1", lambda: m - 1)
show("3 * m", lambda: 3 * m)
show("m * 3", lambda: m * 3)
show("10 / m", lambda: 10 / m)
show("17 // m", lambda: 17 // m)
show("17 % m", lambda: 17 % m)
show("2 ** m", lambda: 2 ** m)
show("'s' + m  (both NotImplemented)", lambda: "s" + m)
show("m + 's'", lambda: m + "s")
show("m / 2  (no __truediv__)", lambda: m / 2)

# sum() starts from 0, so it needs __radd__.
print("sum:")
print("  ->", sum([Meters(1), Meters(2), Meters(3)]))
print("sum with start:")
print("  ->", sum([Meters(1), Meters(2)], Meters(100)))

# When the right operand's type is a subclass of the left's and overrides the
# reflected method, the reflected method is tried first.
class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("    Base.__add__")
        return "Base.__add__ result"
    def __radd__(self, other):
        print("    Base.__radd__")
        return "Base.__radd__ result"
class Derived(Base):
    def __radd__(self, other):
        print("    Derived.__radd__")
        return "Derived.__radd__ result"
class Plain(Base):
    pass

show("Base + Derived", lambda: Base(1) + Derived(2))
show("Derived + Base", lambda: Derived(1) + Base(2))
show("Base + Plain (no override: left first)", lambda: Base(1) + Plain(2))

# Only the reflected method on the right when the left has none.
class OnlyRight:
    def __rmul__(self, other):
        return "OnlyRight.__rmul__(%r)" % (other,)
    def __rsub__(self, other):
        return NotImplemented
show("[1, 2] * OnlyRight()", lambda: [1, 2] * OnlyRight())
show("'ab' * OnlyRight()", lambda: "ab" * OnlyRight())
show("5 - OnlyRight()", lambda: 5 - OnlyRight())

# The same type on both sides: the reflected method is NOT tried.
class Same:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "never used for Same + Same"
show("Same() + Same()", lambda: Same() + Same())
show("1 + Same()", lambda: 1 + Same())
