# A Vector class exercising arithmetic, reflected, in-place, unary, comparison, NotImplemented fallbacks and error messages.

class Vec:
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __repr__(self):
        return f"Vec{self.xs}"
    def _coerce(self, other):
        if isinstance(other, Vec):
            if len(other.xs) != len(self.xs):
                raise ValueError(f"dimension mismatch: {len(self.xs)} vs {len(other.xs)}")
            return other.xs
        if isinstance(other, (int, float)):
            return (other,) * len(self.xs)
        return None
    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.xs, o)))
    __radd__ = __add__
    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*(a - b for a, b in zip(self.xs, o)))
    def __rsub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*(b - a for a, b in zip(self.xs, o)))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.xs, k.xs))
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(*(a * k for a in self.xs))
    def __rmul__(self, k):
        return self.__mul__(k)
    def __matmul__(self, other):
        return ("matmul", self.xs, other.xs)
    def __truediv__(self, k):
        return Vec(*(a / k for a in self.xs))
    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.xs))
    def __mod__(self, k):
        return Vec(*(a % k for a in self.xs))
    def __pow__(self, k):
        return Vec(*(a ** k for a in self.xs))
    def __neg__(self):
        return Vec(*(-a for a in self.xs))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5
    def __iadd__(self, other):
        self.xs = (self + other).xs
        return self
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __lt__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return abs(self) < abs(other)
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.xs)
    def __bool__(self):
        return any(self.xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v - w, w - 1, 10 - v, 2 * v, v * 2, v * w, v @ w, w / 2, w // 3, w % 3, v ** 2, -v, +v, abs(w))
print(v + 1, 1 + v, 1.5 + v, sum([v, w, Vec(0, 0)]), sum([v, w], Vec(100, 100)))
print(v == Vec(1, 2), v != w, v < w, w > v, v <= Vec(1, 2), w >= v, v == (1, 2), bool(Vec(0, 0)), len(v), v[1], list(v))
print(sorted([w, v, Vec(0, 1)]), max(v, w), {v: "a", Vec(1, 2): "b"})
alias = v
v += w
print(v, alias, v is alias)
v += 1
print(v)
u = Vec(1, 1)
u -= 1
u *= 3
print(u)
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("add str", lambda: v + "s")
show("radd str", lambda: "s" + v)
show("mul str", lambda: v * "s")
show("rmul list", lambda: [1] * v)
show("dimension", lambda: v + Vec(1, 2, 3))
show("gt int", lambda: v > 1)
show("lt mixed", lambda: 1 < v)
show("matmul int", lambda: v @ 1)
show("rmatmul", lambda: 1 @ v)
show("divmod", lambda: divmod(v, 2))
show("invert", lambda: ~v)
show("lshift", lambda: v << 1)
show("and", lambda: v & v)
show("rpow", lambda: 2 ** v)
x = Vec(5, 5)
try:
    x -= "s"
except TypeError as e:
    print("TypeError", e)
try:
    x @= 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Left:
    def __add__(self, other):
        print("  Left.__add__")
        return NotImplemented
class Right:
    def __radd__(self, other):
        print("  Right.__radd__")
        return "right wins"
class SubRight(Left):
    def __radd__(self, other):
        print("  SubRight.__radd__ (subclass first)")
        return "subclass reflected"
print(Left() + Right())
print(Left() + SubRight())
show("both NotImplemented", lambda: Left() + Left())
print(Vec(1) - Vec(2) - Vec(3), Vec(2) ** 3 ** 2 if False else Vec(2) ** 3)
Vec(1, 2) + Vec(1)
