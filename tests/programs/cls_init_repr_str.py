# __init__, __repr__ and __str__: which one is used where.

class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = self._gcd(abs(num), den)
        self.num = num // g
        self.den = den // g

    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1

    def __repr__(self):
        return "Fraction(%d, %d)" % (self.num, self.den)

    def __str__(self):
        if self.den == 1:
            return str(self.num)
        return "%d/%d" % (self.num, self.den)

f = Fraction(6, 8)
print(f)                      # str
print(repr(f))                # repr
print(str(f), "%s %r" % (f, f))
print(f"{f} {f!r} {f!s}")
print("{} {!r}".format(f, f))
print([f, Fraction(3), Fraction(-4, -6), Fraction(5, -10)])   # containers use repr
print((f,), {"half": Fraction(1, 2)})
print(Fraction(10, 5), Fraction(0, 7), Fraction(-3, 9))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Only __repr__: str() falls back to it.
class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "OnlyRepr<%s>" % self.v
o = OnlyRepr(3)
print(o, str(o), repr(o), [o], f"{o}")

# Only __str__: containers still use the (default) repr, so do not print those;
# str() and print use __str__.
class OnlyStr:
    def __str__(self):
        return "OnlyStr as text"
s = OnlyStr()
print(s, str(s), f"{s}", "%s" % s)
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))

# __repr__ used for nested structures, recursively.
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        if not self.children:
            return "Node(%r)" % (self.value,)
        return "Node(%r, %r)" % (self.value, self.children)
tree = Node("root", [Node(1), Node("two", [Node(3.0), Node(None)])])
print(tree)
print(str(tree) == repr(tree))

# __init__ with defaults, keyword arguments and validation.
class Rect:
    def __init__(self, width, height=None, *, label="rect"):
        self.width = width
        self.height = width if height is None else height
        self.label = label
    def area(self):
        return self.width * self.height
    def __repr__(self):
        return "Rect(%r, %r, label=%r)" % (self.width, self.height, self.label)
for r in [Rect(2), Rect(2, 3), Rect(width=4, height=5), Rect(1.5, label="small")]:
    print(r, r.area())

# __init__ must return None.
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

# __repr__ must return a string.
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)

# __str__ returning a non-string.
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)

# Calling __init__ again re-initialises the object.
r = Rect(1, 1)
r.__init__(7, 8, label="again")
print(r)

# repr of strings inside a custom repr uses quotes and escapes.
class Label:
    def __init__(self, text):
        self.text = text
    def __repr__(self):
        return "Label(%r)" % self.text
print([Label("plain"), Label("it's"), Label('say "hi"'), Label("tab\there"), Label("naïve")])
