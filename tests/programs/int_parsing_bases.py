# int() with strings, bases (including 0 and 36), underscores, whitespace, and error messages.

def parse(*args, **kw):
    try:
        print(repr(args), kw or "", "->", int(*args, **kw))
    except Exception as e:
        print(repr(args), kw or "", "->", type(e).__name__, e)

parse("42")
parse("  -17  ")
parse("+0")
parse("1_000_000")
parse("0b1010", 0)
parse("0o777", 0)
parse("0xDeadBeef", 0)
parse("0X1F", 16)
parse("1f", 16)
parse("zz", 36)
parse("ZZ", 36)
parse("777", 8)
parse("101", 2)
parse("0b101", 2)
parse("0o17", 8)
parse("010", 0)
parse("0", 0)
parse("00", 0)
parse("0_0", 0)
parse("1__0")
parse("_1")
parse("1_")
parse("12a")
parse("")
parse("   ")
parse("3.5")
parse("1e3")
parse("2", 2)
parse("9", 8)
parse("10", 1)
parse("10", 37)
parse("10", -1)
parse("10", base=3)
parse(3.99)
parse(-3.99)
parse(True)
parse(float("inf"))
parse(float("nan"))
parse(None)
parse([1])
parse(12, 10)
parse(b"42")
parse(b"ff", 16)
parse(bytearray(b"-7"))
parse("٣")
parse("１２")
parse("\t\n 5 \r\n")
parse("- 5")
parse("--5")
parse("0x", 16)
parse("x10", 16)
print(int(), int("-0"), int("0000123"), int("1" * 25, 2))
print(int("  0b_1_0 ", 0), int("0_7", 8))

class Num:
    def __repr__(self):
        return "Num()"
    def __int__(self):
        return 99
class Idx:
    def __repr__(self):
        return "Idx()"
    def __index__(self):
        return 7
parse(Num())
parse(Idx())
parse("11", Idx())
parse("11", 2.0)
class BadInt:
    def __repr__(self):
        return "BadInt()"
    def __int__(self):
        return "nope"
parse(BadInt())
