# Arithmetic operators on a user class: binary, unary, and their results.

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x - other.x, self.y - other.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y      # dot product
        return NotImplemented
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, n):
        result = Vec(1, 1)
        for _ in range(n):
            result = Vec(result.x * self.x, result.y * self.y)
        return result
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return Vec(+self.x, +self.y)
    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x   # 2-D cross product

a = Vec(3, 4)
b = Vec(1, -2)
print("a + b =", a + b)
print("a - b =", a - b)
print("a * 3 =", a * 3)
print("a * 0.5 =", a * 0.5)
print("a * b =", a * b)
print("a / 2 =", a / 2)
print("a // 2 =", a // 2)
print("a % 3 =", a % 3)
print("b % 3 =", b % 3)
print("a ** 2 =", a ** 2)
print("a ** 0 =", a ** 0)
print("-a =", -a)
print("+b =", +b)
print("abs(a) =", abs(a))
print("~a =", ~a)
print("a @ b =", a @ b)
print("a + b - a == b:", a + b - a == b)
print("-(-a) == a:", -(-a) == a)
print("chained:", (a + b) * 2 - Vec(1, 1))
print("precedence: a + b * 2 =", a + b * 2)

# Operations the class does not support.
for label, thunk in [
    ("a + 1", lambda: a + 1),
    ("a * 'x'", lambda: a * "x"),
    ("a - None", lambda: a - None),
    ("a & b", lambda: a & b),
    ("a << 1", lambda: a << 1),
    ("divmod(a, 2)", lambda: divmod(a, 2)),
]:
    try:
        print(label, "=", thunk())
    except TypeError as e:
        print(label, "-> TypeError:", e)

# An operator method's exception propagates.
try:
    print(a / 0)
except ZeroDivisionError as e:
    print("a / 0 -> ZeroDivisionError:", e)

# A money class with integer cents, checking types and rounding.
class Money:
    def __init__(self, cents):
        self.cents = int(cents)
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, factor):
        return Money(round(self.cents * factor))
    def __truediv__(self, other):
        if isinstance(other, Money):
            return self.cents / other.cents
        return Money(round(self.cents / other))
    def __floordiv__(self, n):
        return Money(self.cents // n)
    def __mod__(self, n):
        return Money(self.cents % n)
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __divmod__(self, n):
        return (self // n, self % n)
    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return "%s$%d.%02d" % (sign, abs(self.cents) // 100, abs(self.cents) % 100)

price = Money(1999)
print(price, price * 3, price * 1.075, price / 3, price // 3, price % 3, divmod(price, 3))
print(price - Money(2500), abs(price - Money(2500)), -price, price / Money(500))

# Operator methods called directly.
print(a.__add__(b), a.__add__(5), Vec.__neg__(a), a.__mul__(2))
