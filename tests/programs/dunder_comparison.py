# Rich comparisons: __eq__, __ne__, __lt__, __le__, __gt__, __ge__.

class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)
    def _cmp_key(self, other):
        if isinstance(other, Version):
            return other.parts
        if isinstance(other, tuple):
            return other
        return None
    def __eq__(self, other):
        k = self._cmp_key(other)
        print("    %r.__eq__(%r)" % (self, other))
        if k is None:
            return NotImplemented
        return self.parts == k
    def __lt__(self, other):
        k = self._cmp_key(other)
        print("    %r.__lt__(%r)" % (self, other))
        if k is None:
            return NotImplemented
        return self.parts < k
    def __le__(self, other):
        k = self._cmp_key(other)
        print("    %r.__le__(%r)" % (self, other))
        if k is None:
            return NotImplemented
        return self.parts <= k
    def __gt__(self, other):
        k = self._cmp_key(other)
        print("    %r.__gt__(%r)" % (self, other))
        if k is None:
            return NotImplemented
        return self.parts > k
    def __ge__(self, other):
        k = self._cmp_key(other)
        print("    %r.__ge__(%r)" % (self, other))
        if k is None:
            return NotImplemented
        return self.parts >= k
    __hash__ = None

a = Version(1, 2)
b = Version(1, 10)
c = Version(1, 2)

def show(label, thunk):
    print(label)
    try:
        print("  ->", thunk())
    except TypeError as e:
        print("  -> TypeError:", e)

show("a == c", lambda: a == c)
show("a == b", lambda: a == b)
show("a != b  (no __ne__: inverts __eq__)", lambda: a != b)
show("a < b", lambda: a < b)
show("a <= c", lambda: a <= c)
show("b > a", lambda: b > a)
show("a >= b", lambda: a >= b)
show("a == (1, 2)", lambda: a == (1, 2))
show("(1, 2) == a  (tuple says NotImplemented, reflected __eq__)", lambda: (1, 2) == a)
show("(1, 5) < a  (reflected: a.__gt__)", lambda: (1, 5) < a)
show("(0, 9) >= a  (reflected: a.__le__)", lambda: (0, 9) >= a)
show("a == 'text'  (both NotImplemented: identity)", lambda: a == "text")
show("a != 'text'", lambda: a != "text")
show("a < 'text'", lambda: a < "text")
show("5 > a", lambda: 5 > a)
show("a < b < Version(2)  (chained)", lambda: a < b < Version(2))
show("a is c, a == a", lambda: (a is c, a == a))

# Comparison results need not be bool.
class Weird:
    def __eq__(self, other):
        return "eq-result"
    def __lt__(self, other):
        return 0
print(Weird() == 1, Weird() < 1, Weird() != 1)
print("bool of result used by if:", "yes" if Weird() < 1 else "no")

# __ne__ defined explicitly is used instead of inverting __eq__.
class Odd:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return True
print(Odd() == 1, Odd() != 1)

# Subclass reflected method gets priority when the right operand is a subclass.
class Base:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("    Base.__lt__")
        return self.v < other.v
    def __gt__(self, other):
        print("    Base.__gt__")
        return self.v > other.v
class Sub(Base):
    def __gt__(self, other):
        print("    Sub.__gt__")
        return self.v > other.v
print("Base(1) < Sub(2):")
print("  ->", Base(1) < Sub(2))
print("Sub(1) < Base(2):")
print("  ->", Sub(1) < Base(2))

# Comparing lists of objects compares element-wise with __eq__ / __lt__.
class Num:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Num) and self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return "Num(%d)" % self.n
print([Num(1), Num(2)] == [Num(1), Num(2)], [Num(1), Num(2)] < [Num(1), Num(3)])
print(Num(3) in [Num(1), Num(3)], [Num(1), Num(2)].index(Num(2)), [Num(2), Num(2), Num(1)].count(Num(2)))
print(max([Num(4), Num(9), Num(2)]), min([Num(4), Num(9), Num(2)]))
