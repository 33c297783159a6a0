# int methods: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, numerator, conjugate.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for n in (0, 1, -1, 255, 256, -256, 2 ** 64 - 1, -(2 ** 64), 10 ** 30):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag)

print((5).conjugate(), (-5).__abs__(), (7).__index__(), int.is_integer(3), (3).is_integer())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"), (0).to_bytes(0, "big"), (255).to_bytes())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80", signed=True))
print(int.from_bytes(bytes(range(1, 17)), "little"))
big = 2 ** 100 + 12345
print(int.from_bytes(big.to_bytes(13, "big"), "big") == big, big.to_bytes(13, "little").hex())

show("overflow", lambda: (256).to_bytes(1, "big"))
show("negative unsigned", lambda: (-1).to_bytes(1, "big"))
show("bad order", lambda: (1).to_bytes(1, "middle"))
show("signed overflow", lambda: (128).to_bytes(1, "big", signed=True))
show("from str", lambda: int.from_bytes("ab", "big"))

# bool and int subclass behave as ints
print(True.bit_length(), True.as_integer_ratio(), False.to_bytes(1, "big"), True.numerator)

class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)

m = MyInt(42)
print(m, repr(m), m + 1, type(m + 1).__name__, m.bit_length(), m.to_bytes(1, "big"))
print(MyInt.from_bytes(b"\x01\x00", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)
print(int(m), type(int(m)).__name__, m == 42, hash(m) == hash(42), isinstance(m, int))

# int() constructor variants
print(int(), int(7.9), int(-7.9), int("  -42  "), int("0b101", 0), int("0o17", 0), int("0x1F", 0))
print(int("z", 36), int("ZZ", 36), int("1_000_000"), int("+5"), int(b"12"), int(bytearray(b"7")))
show("base 1", lambda: int("1", 1))
show("base 37", lambda: int("1", 37))
show("base with int", lambda: int(5, 10))
show("leading zero base 0", lambda: int("010", 0))
show("double underscore", lambda: int("1__0"))
show("empty", lambda: int(""))
show("float str", lambda: int("1.5"))
show("none", lambda: int(None))
show("list", lambda: int([1]))

class Plain:
    pass
class Indexable:
    def __index__(self):
        return 11
class Intable:
    def __int__(self):
        return 13
print(int(Indexable()), int(Intable()), bin(Indexable()), [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120][Indexable()])
show("plain object", lambda: int(Plain()))
print(round(3.7), round(-3.5), round(4.5), int(str(2 ** 70)) - 2 ** 70)
