# In-place operators: __iadd__ and friends, and the fallback to __add__.

class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __repr__(self):
        return "Bag(%r)" % (self.items,)
    def __add__(self, other):
        print("    Bag.__add__ (new object)")
        return Bag(self.items + list(other.items))
    def __iadd__(self, other):
        print("    Bag.__iadd__ (mutates self)")
        self.items.extend(other.items)
        return self
    def __isub__(self, other):
        print("    Bag.__isub__")
        for x in other.items:
            if x in self.items:
                self.items.remove(x)
        return self
    def __imul__(self, n):
        print("    Bag.__imul__")
        self.items = self.items * n
        return self

a = Bag([1, 2])
alias = a
a += Bag([3])
print("a:", a, "alias:", alias, "same object:", a is alias)
a -= Bag([1, 9])
print("a:", a, "alias:", alias)
a *= 3
print("a:", a, "same object:", a is alias)
b = a + Bag([0])
print("b:", b, "b is a:", b is a)

# Without __iadd__, += falls back to __add__ and rebinds to a new object.
class Frozen:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        print("    Frozen.__add__")
        return Frozen(self.n + other)
    def __repr__(self):
        return "Frozen(%d)" % self.n
f = Frozen(1)
g = f
f += 10
print("f:", f, "g:", g, "same:", f is g)

# Falls back to __radd__ of the right operand too.
class Acc:
    def __init__(self):
        self.total = 0
    def __radd__(self, other):
        print("    Acc.__radd__")
        return other + 1000
x = 5
x += Acc()
print("x:", x)

# __iadd__ returning NotImplemented falls back to __add__.
class Picky:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("    Picky.__iadd__")
        if isinstance(other, int):
            self.v += other
            return self
        return NotImplemented
    def __add__(self, other):
        print("    Picky.__add__")
        return Picky(self.v + float(other))
    def __repr__(self):
        return "Picky(%r)" % (self.v,)
p = Picky(1)
q = p
p += 2
print(p, p is q)
p += "2.5"
print(p, p is q)

# __iadd__ returning something else: the name is rebound to that value.
class Odd:
    def __iadd__(self, other):
        return "replaced by a string"
o = Odd()
o += 1
print("o:", repr(o))

# Built-in mutable vs immutable types.
lst = [1]
lst_alias = lst
lst += [2, 3]
print(lst, lst_alias, lst is lst_alias)
tup = (1,)
tup_alias = tup
tup += (2,)
print(tup, tup_alias, tup is tup_alias)
s = "ab"
s += "cd"
print(s)

# In-place operators on attributes and subscripts.
class Holder:
    def __init__(self):
        self.bag = Bag([1])
        self.count = 0
h = Holder()
h.bag += Bag([2])
h.count += 5
print(h.bag, h.count)
d = {"k": Bag(["x"])}
d["k"] += Bag(["y"])
print(d)
items = [Frozen(1), Frozen(2)]
items[1] += 40
print(items)

# The classic: a tuple holding a list, augmented in place.
t = ([1, 2],)
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print("but the list was extended anyway:", t)

# All the in-place operators on ints.
n = 100
n += 5; print(n, end=" ")
n -= 3; print(n, end=" ")
n *= 2; print(n, end=" ")
n //= 7; print(n, end=" ")
n %= 10; print(n, end=" ")
n **= 3; print(n, end=" ")
n <<= 2; print(n, end=" ")
n >>= 1; print(n, end=" ")
n |= 1; print(n, end=" ")
n &= 0xF0; print(n, end=" ")
n ^= 0xFF; print(n, end=" ")
n /= 4; print(n)

# Unsupported in-place operation message.
class Nothing:
    pass
z = Nothing()
try:
    z += 1
except TypeError as e:
    print("TypeError:", e)
try:
    z **= 2
except TypeError as e:
    print("TypeError:", e)
