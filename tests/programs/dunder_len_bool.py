# Truth testing: __bool__, __len__ fallback, and their use by if/while/not/and/or.

class Empty:
    pass

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("    __len__ called on WithLen(%d)" % self.n)
        return self.n

class WithBool:
    def __init__(self, flag):
        self.flag = flag
    def __bool__(self):
        print("    __bool__ called on WithBool(%s)" % self.flag)
        return self.flag

class Both:
    def __len__(self):
        print("    Both.__len__ (not used for truth)")
        return 0
    def __bool__(self):
        print("    Both.__bool__")
        return True

print("plain object:", bool(Empty()))
print("len 0:", bool(WithLen(0)))
print("len 3:", bool(WithLen(3)))
print("bool False:", bool(WithBool(False)))
print("bool True:", bool(WithBool(True)))
print("both:", bool(Both()))
print("len(WithLen(7)) =", len(WithLen(7)))

print("if:")
if WithLen(0):
    print("  not printed")
else:
    print("  empty WithLen is falsy")
print("not:")
print("  ", not WithBool(False), not WithLen(2))

print("and/or return operands, calling __bool__ as needed:")
r = WithBool(False) and "right side"
print("  result:", type(r).__name__)
r = WithBool(True) and "right side"
print("  result:", r)
r = WithLen(0) or "fallback"
print("  result:", r)
r = WithLen(4) or "fallback"
print("  result:", type(r).__name__, r.n)

print("while with a shrinking __len__:")
class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def step(self):
        self.n -= 1
c = Countdown(3)
while c:
    print("  n =", c.n)
    c.step()
print("  done, n =", c.n)

print("conditional expression and filter:")
values = [WithLen(0), WithLen(2), WithBool(True), WithBool(False)]
kept = [type(v).__name__ for v in values if v]
print("  kept:", kept)

# __bool__ must return a bool; __len__ must return a non-negative int.
class BadBool:
    def __bool__(self):
        return 1
class NegLen:
    def __len__(self):
        return -1
class FloatLen:
    def __len__(self):
        return 2.0
class HugeLen:
    def __len__(self):
        return 2 ** 100
for obj, fn in [(BadBool(), bool), (NegLen(), len), (NegLen(), bool), (FloatLen(), len), (HugeLen(), len)]:
    try:
        print(type(obj).__name__, fn.__name__, fn(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(obj).__name__, fn.__name__, "->", type(e).__name__ + ":", e)

# len() of an object without __len__.
try:
    len(Empty())
except TypeError as e:
    print("TypeError:", e)

# An exception raised by __bool__ propagates out of the if statement.
class Raises:
    def __bool__(self):
        raise RuntimeError("cannot decide")
try:
    if Raises():
        pass
except RuntimeError as e:
    print("RuntimeError from __bool__:", e)

# Built-in truthiness for comparison.
for v in [0, 1, -1, 0.0, 0.1, "", " ", [], [0], (), (None,), {}, {0: 0}, None, range(0), range(1)]:
    print(repr(v), bool(v))
