# Truth testing: __bool__, __len__ fallback, their error messages, and truthiness in every statement.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

values = [0, 1, -1, 0.0, -0.0, 1e-300, 0j, 1j, "", " ", "0", b"", b"\x00", [], [0], (), ((),), {}, {0: 0},
          set(), {0}, frozenset(), range(0), range(1), None, True, False, bytearray(), object()]
print([bool(v) for v in values])
print([1 if v else 0 for v in values])

class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class BoolOnly:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("  __bool__ called")
        return self.b
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
class Neither:
    pass
print(bool(LenOnly(0)), bool(LenOnly(3)), bool(BoolOnly(True)), bool(Both()), len(Both()), bool(Neither()))

class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class FloatLen:
    def __len__(self):
        return 2.0
class BigLen:
    def __len__(self):
        return 2 ** 70
class BoolRaises:
    def __bool__(self):
        raise RuntimeError("no truth for you")
show("bad bool", lambda: bool(BadBool()))
show("bad bool in if", lambda: 1 if BadBool() else 0)
show("bad bool in not", lambda: not BadBool())
show("bad len", lambda: bool(BadLen()))
show("float len", lambda: bool(FloatLen()))
show("big len", lambda: bool(BigLen()))
show("raises", lambda: bool(BoolRaises()))
show("raises in and", lambda: BoolRaises() and 1)
show("raises in all", lambda: all([1, BoolRaises()]))

# truthiness drives if / while / ternary / not / and / or / assert / comprehension filters
b = BoolOnly(False)
if b:
    print("never")
else:
    print("else branch")
print("yes" if BoolOnly(True) else "no", not BoolOnly(False))
print(BoolOnly(False) or "or fallback", BoolOnly(True) and "and result")
stack = [1, 2, 3]
while stack:
    print("  pop", stack.pop())
print([x for x in [LenOnly(0), LenOnly(1), LenOnly(2)] if x].__len__())
try:
    assert LenOnly(0), "empty container asserted"
except AssertionError as e:
    print("AssertionError", e)

# __bool__ is looked up on the type, not the instance
obj = Neither()
obj.__bool__ = lambda: False
print(bool(obj), "instance attribute ignored")
Neither.__bool__ = lambda self: False
print(bool(obj), "class attribute used")
del Neither.__bool__
print(bool(obj), "restored")

# subclasses of builtins keep their truthiness unless overridden
class MyList(list):
    pass
class AlwaysTrueList(list):
    def __bool__(self):
        return True
print(bool(MyList()), bool(MyList([1])), bool(AlwaysTrueList()), len(AlwaysTrueList()))
class Zeroish(int):
    def __bool__(self):
        return True
print(bool(Zeroish(0)), Zeroish(0) == 0, "truthy zero" if Zeroish(0) else "falsy")
