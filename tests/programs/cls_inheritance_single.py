# Single inheritance: overriding, extending with super(), attribute lookup.

class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
        print("  Shape.__init__", name)

    def area(self):
        return 0

    def describe(self):
        return "%s with %d sides and area %s" % (self.name, self.sides, self.area())

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.name)

class Rectangle(Shape):
    sides = 4
    def __init__(self, w, h, name="rectangle"):
        print("  Rectangle.__init__", w, h)
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

class Square(Rectangle):
    def __init__(self, side):
        print("  Square.__init__", side)
        super().__init__(side, side, name="square")

    def describe(self):
        base = super().describe()
        return base + " (a square of side %d)" % self.w

class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        super().__init__("triangle")
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2

print("creating shapes")
shapes = [Shape("blob"), Rectangle(2, 3), Square(4), Triangle(3, 5)]
for s in shapes:
    print(repr(s), "->", s.describe())

print([c.__name__ for c in Square.__mro__])
print(Square.__bases__[0].__name__, Rectangle.__base__.__name__, Shape.__base__.__name__)

# Subclass without __init__ inherits the parent's.
class NamedShape(Shape):
    pass
n = NamedShape("inherited init")
print(n, n.area(), n.__dict__)

# A subclass that forgets to call super().__init__ lacks the parent's attributes.
class Forgetful(Shape):
    def __init__(self):
        self.extra = 1
f = Forgetful()
print("forgetful has name:", hasattr(f, "name"), f.__dict__)
try:
    f.describe()
except AttributeError as e:
    print("AttributeError:", e)

# super() in an ordinary method, multiple levels.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(B):
    def who(self):
        return ["C"] + super().who()
class D(C):
    pass
print(A().who(), B().who(), C().who(), D().who())

# Explicit two-argument super and calling the base method directly.
class E(C):
    def who(self):
        return ["E"] + super(C, self).who()      # skips C
    def direct(self):
        return A.who(self)
print(E().who(), E().direct())

# Overridden methods are found through self, even when called from the base.
class Template:
    def run(self):
        return "[" + self.step1() + "|" + self.step2() + "]"
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Custom(Template):
    def step2(self):
        return "custom2"
print(Template().run(), Custom().run())

# Class attributes resolved along the chain.
class P:
    x = "P.x"
    y = "P.y"
class Q(P):
    x = "Q.x"
class R(Q):
    pass
r = R()
print(r.x, r.y, R.x, R.y)
Q.y = "Q.y now"
print(r.y)
del Q.x
print(r.x)

# isinstance/issubclass through the chain.
sq = Square(1)
print(isinstance(sq, Square), isinstance(sq, Rectangle), isinstance(sq, Shape),
      isinstance(sq, Triangle), isinstance(sq, object))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, Square))
print(type(sq) is Square, type(sq) is Rectangle, type(sq).__name__, sq.__class__.__name__)
