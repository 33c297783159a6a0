# abs/divmod/hex/oct/bin/ord/chr/bool/int/str conversions and their exact error messages.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 30))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(True, 2))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 64), bin(True))
print(ord("A"), ord("é"), ord("€"), ord("😀"), ord(b"A"), ord(bytearray(b"z")), chr(65), chr(233), chr(0x1F600), repr(chr(0)))
print(bool(0), bool(0.0), bool(-0.0), bool(""), bool(" "), bool([]), bool([0]), bool({}), bool(None), bool(0j), bool(range(0)))
print(str(1), str(1.0), str(None), str(b"x"), str(True), str([1, "a"]), str(b"caf\xc3\xa9", "utf-8"), str(), repr(str("x")))
print(int(True), float(False), complex(True), int(" 12 "), float(" -3.5 "), int(-0.9), int("-0"))
class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), oct(Idx()), bin(Idx()), [1, 2, 3][Idx() // 10 if False else 0], chr(Idx() if False else 97))
show("hex float", lambda: hex(1.5))
show("oct str", lambda: oct("8"))
show("bin none", lambda: bin(None))
show("ord empty", lambda: ord(""))
show("ord two", lambda: ord("ab"))
show("ord int", lambda: ord(65))
show("ord bytes two", lambda: ord(b"ab"))
show("chr neg", lambda: chr(-1))
show("chr big", lambda: chr(0x110000))
show("chr str", lambda: chr("a"))
show("chr float", lambda: chr(65.0))
show("chr huge", lambda: chr(2 ** 70))
show("abs str", lambda: abs("x"))
show("abs none", lambda: abs(None))
show("divmod str", lambda: divmod("a", 1))
show("divmod zero", lambda: divmod(5, 0))
show("divmod float zero", lambda: divmod(5.0, 0))
show("bool 2 args", lambda: bool(1, 2))
show("str bad codec", lambda: str(b"x", "nope"))
show("str encoding on str", lambda: str("x", "utf-8"))
show("int base on int", lambda: int(5, 2))
show("float list", lambda: float([]))
class Neg:
    def __abs__(self):
        return "absolute!"
    def __neg__(self):
        return "negated"
    def __pos__(self):
        return "positive"
    def __invert__(self):
        return "inverted"
n = Neg()
print(abs(n), -n, +n, ~n)
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
show("bool returns int", lambda: bool(Truth(1)))
print(bool(Truth(False)), not Truth(True))
class Len:
    def __len__(self):
        return -1
show("len negative", lambda: bool(Len()))
class BigLen:
    def __len__(self):
        return 2 ** 70
show("len huge", lambda: len(BigLen()))
class StrLen:
    def __len__(self):
        return "3"
show("len str", lambda: len(StrLen()))
print(hex(-1 * 2 ** 40), int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(bin(-6), 0))
print(chr(ord("a") + 1), "".join(chr(c) for c in range(ord("a"), ord("f"))), [ord(c) - 96 for c in "abc"])
print(chr(0x110000))
