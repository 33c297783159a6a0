# str.format and format() with the format-spec mini-language: fill/align/sign/#/0/width/grouping/precision/type.

def show(spec, value):
    try:
        print(f"{spec!r:>12} {value!r:>16} -> {format(value, spec)!r}")
    except Exception as e:
        print(f"{spec!r:>12} {value!r:>16} -> {type(e).__name__}: {e}")

for spec in ["", "d", "5d", "<5", ">5", "^5", "*^7", "=+8", "08", "+", " ", "-", ",", "_", "_b", "_x",
             "#b", "#o", "#x", "#X", "c", "n", "010,", "e", "%", ".2f", "s", "08.3f"]:
    show(spec, 1234)
for spec in ["", ".0f", ".1f", "10.3f", "<10.2f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%",
             ",.2f", "_.3f", "+.2f", " .2f", "012.4f", "=12.2f", "#.0f", "#g", ".10g", "d", "x", ".2s"]:
    show(spec, -1234.5678)
for v in [0.0, -0.0, 1e16, 1.5e-7, float("inf"), float("-inf"), float("nan"), 123456789.0]:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".3"), format(v, "e"), format(v, "f"), format(v, "z.1f"))
for spec in ["", "10", "<10", ">10", "^10", "x^9", ".2", "10.3", "=10", "+", "d", ",", "05"]:
    show(spec, "hey")
show("", None)
show("10", None)
show("", True)
show("d", True)
show(">6", True)
show(".2f", True)
show("", [1, 2])
show("5", [1, 2])
show("d", 10 ** 20)
show(",", 10 ** 20)
show(",d", -123456789)
show(",.2f", 1234567.891)
show("c", 0x1F600)
show("c", -1)
show(",c", 65)
show(".2d", 5)
show("#s", "x")
show("z", 1.0)
show("zd", 1)
show("==5", 3)
show("<<<", 3)
show("1_000", 3)
show("abc", 1.0)
show("^", "")
print("{0:{1}{2}}".format(3.14159, ">10", ".3f"))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=11))
print("{!r:^10}|{!s:>5}|{!a}".format("q", 12, "ñ"))
print("{0[1]}{0[0]}{1[key]}{2.real}".format("ab", {"key": "K"}, 3 + 4j))
print("{:%Y}".format(2024) if False else "{:>{}}".format("w", 4))
for bad in ["{", "}", "{0", "{:", "{0!x}", "{!}", "{0[}", "{a.}", "{0:{1:{2}}}", "{-1}", "{1}", "{x}"]:
    try:
        print(repr(bad), "->", repr(bad.format("A")))
    except Exception as e:
        print(repr(bad), "->", type(e).__name__, e)
try:
    print("{} {0}".format(1, 2))
except ValueError as e:
    print("ValueError", e)
try:
    print("{0} {}".format(1, 2))
except ValueError as e:
    print("ValueError", e)
print("{0} {0} {1}".format(*"xy"), "{a}{b}".format_map({"a": 1, "b": 2}), "{}".format("}"))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:{spec}}C" if spec else f"{self.c}C"
t = Temp(21.5)
print(format(t), format(t, "F"), f"{t:>8}", "{:F}|{}".format(t, t))
print(format(object, "") == str(object))
print(format(1234, "z"))
