# Conversion and numeric-protocol dunders: __index__, __int__, __float__, __complex__, __round__, __abs__,
# __trunc__/__floor__/__ceil__ via math, __format__, __bytes__, __bool__, __hash__ interplay.
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __complex__(self):
        return complex(self.cents / 100, 0)
    def __index__(self):
        return self.cents
    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.cents / 100)
        return Money(round(self.cents, ndigits - 2) if ndigits < 2 else self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __neg__(self):
        return Money(-self.cents)
    def __pos__(self):
        return self
    def __invert__(self):
        return Money(~self.cents)
    def __trunc__(self):
        return int(self)
    def __floor__(self):
        return self.cents // 100
    def __ceil__(self):
        return -(-self.cents // 100)
    def __format__(self, spec):
        if spec.endswith("$"):
            return format(self.cents / 100, spec[:-1] + "f") + " $"
        return format(str(self.cents), spec)
    def __bool__(self):
        return self.cents != 0

m = Money(12345)
print(int(m), float(m), complex(m), round(m), round(m, 0), round(m, 1), round(m, 5), abs(Money(-5)), -m, +m is m, ~m)
print(math.trunc(m), math.floor(m), math.ceil(m), math.floor(Money(-150)), math.ceil(Money(-150)))
print(f"{m:.2$}", f"{m:>10}", format(m, "10.1$"), "{:^9}".format(m), f"{m!r:>14}", bool(Money(0)), bool(m))

# __index__ makes the object usable wherever an integer index is needed
idx = Money(2)
seq = list("abcdefg")
print(seq[idx], "xyz"[Money(1)], seq[Money(1):Money(5):Money(2)], bin(idx), hex(Money(255)), oct(Money(8)))
print(range(Money(4)), [0] * Money(3), "ab" * Money(2), (1, 2, 3)[Money(-1) if False else Money(0)])
print(int.__index__(5), Money(7).__index__(), int(Money(250)), "%d|%x|%5.1f" % (Money(123), Money(255), Money(99)))
show("pow needs numeric dunders", lambda: pow(2, Money(5)))
show("float index", lambda: seq[1.0])
show("str as index", lambda: seq["1"])

class OnlyInt:
    def __int__(self):
        return 7
class OnlyFloat:
    def __float__(self):
        return 2.5
class OnlyIndex:
    def __index__(self):
        return 3
print(int(OnlyInt()), float(OnlyFloat()), int(OnlyIndex()), float(OnlyIndex()), complex(OnlyFloat()), complex(OnlyIndex()))
show("int needs __int__", lambda: int(OnlyFloat()))
show("index needs __index__", lambda: [1, 2][OnlyInt()])
show("float needs __float__", lambda: float(OnlyInt()))
show("round without __round__", lambda: round(OnlyInt()))
show("abs without __abs__", lambda: abs(OnlyIndex()))
show("neg without __neg__", lambda: -OnlyIndex())
show("math.floor without __floor__", lambda: math.floor(OnlyIndex()))
print(math.floor(OnlyFloat()), math.sqrt(OnlyIndex()), math.isqrt(OnlyIndex()))

class BadInt:
    def __int__(self):
        return "seven"
class BadIndex:
    def __index__(self):
        return 1.5
class BadFloat:
    def __float__(self):
        return 1
show("__int__ returns str", lambda: int(BadInt()))
show("__index__ returns float", lambda: [1][BadIndex()])
show("__float__ returns int", lambda: float(BadFloat()))

# a Fraction-like class with a full numeric tower
class Ratio:
    def __init__(self, n, d=1):
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g
    def __repr__(self):
        return f"{self.n}/{self.d}"
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d)
    def __round__(self, nd=None):
        return round(self.n / self.d, nd)
    def __eq__(self, o):
        return isinstance(o, Ratio) and (self.n, self.d) == (o.n, o.d) or (not isinstance(o, Ratio) and self.n == o * self.d)
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
print(Ratio(6, 8), Ratio(3, -9), float(Ratio(1, 3)), int(Ratio(-7, 2)), round(Ratio(5, 2)), round(Ratio(2, 3), 3))
print(Ratio(4, 2) == 2, Ratio(1, 2) == Ratio(2, 4), {Ratio(4, 2): "two"}.get(2), math.isclose(Ratio(1, 3), 0.3333333))
