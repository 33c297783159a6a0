# float() construction from strings and objects: accepted spellings and exact error messages.

def parse(arg):
    try:
        print(repr(arg), "->", repr(float(arg)))
    except Exception as e:
        print(repr(arg), "->", type(e).__name__, e)

for s in ["3.14", "  -2.5e3  ", "+1E-2", "1_000.5", "inf", "-Infinity", "INF", "nan", "-NaN",
          "infinity", "1e", "e5", ".5", "5.", ".", "", "  ", "1.2.3", "0x10", "1__0", "_1",
          "1_", "1e1_0", "١٫٥", "３.５", "1,5", "nan(123)", "-", "+.e1", "1e+5", "1e-0",
          "\t7\n", "0000.5", "12345678901234567890", "1" * 400, "infinit", "in f"]:
    parse(s)
parse(b"2.5")
parse(bytearray(b" 4 "))
parse(b"abc")
parse(7)
parse(10 ** 400)
parse(True)
parse(None)
parse([1.0])
parse(2 + 0j)

class F:
    def __float__(self):
        return 2.5
    def __repr__(self):
        return "F()"
class I:
    def __index__(self):
        return 3
    def __repr__(self):
        return "I()"
class Bad:
    def __float__(self):
        return "x"
    def __repr__(self):
        return "Bad()"
parse(F())
parse(I())
parse(Bad())
print(float(), float("-0"), float("-0.0"), float("0e0"))
print(float("1.7976931348623157e308"), float("1.7976931348623159e308"))
print(float.fromhex("0x1.fffffffffffffp+1023"), float.fromhex("0x.8"), float.fromhex("  0X1P0  "))
for h in ["0x1p", "1.0", "0x1p99999", "zz"]:
    try:
        print(float.fromhex(h))
    except Exception as e:
        print(repr(h), type(e).__name__, e)
try:
    float("1", "2")
except TypeError as e:
    print("TypeError", e)
try:
    float(x="1")
except TypeError as e:
    print("TypeError", e)
print(float("3.5") + float("-1.25"))
float("not a number")
