# format() and __format__: defaults to str(), delegation for user classes, per-type spec parsing, errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(repr(format(42)), repr(format(3.5)), repr(format("s")), repr(format([1, 2])), repr(format(None)), repr(format(True)))
print(format(42, "5"), format(42, "<5") + "|", format("ab", "5") + "|", format("ab", ">5"), format(True, "5"), format(True, "^7"))
print(format(255, "x"), format(255, "#X"), format(255, "08b"), format(-255, "x"), format(1234567, ","), format(65, "c"))
print(format(0.1, ".3f"), format(1 / 3, ".2%"), format(1e6, ".2e"), format(123.456, "g"), format(2.0, ""))
print(format("text", ".2"), format("text", "*^10"), format("x", "0>3"), format(12, "0>5"), format(-12, "05"), format(12, "+05"))
print(format(3 + 4j, ".1f"), format(10, "n"), format(-0.0, "+"), format(1.5, "=+8"), format(-7, "=8"))

class Temperature:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        num_spec = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        value = {"C": self.c, "F": self.c * 9 / 5 + 32, "K": self.c + 273.15}[unit]
        return format(value, num_spec or ".1f") + "°" + unit
    def __str__(self):
        return f"{self.c} degrees"
t = Temperature(21.5)
print(format(t), format(t, "F"), format(t, ".0K"), f"{t:>10.2F}", "{:C}".format(t), str(t), f"{t!s}")

class NoFormat:
    def __str__(self):
        return "NoFormat-str"
print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
show("spec on plain object", lambda: format(NoFormat(), ">10"))
show("spec on object()", lambda: format(object(), "d"))

class BadFormat:
    def __format__(self, spec):
        return 42
show("__format__ returns int", lambda: format(BadFormat()))
show("f-string with bad __format__", lambda: f"{BadFormat()}")

show("spec must be str", lambda: format(1, 5))
show("bad int spec", lambda: format(1, "z"))
show("precision on int", lambda: format(1, ".2"))
show("c with big int", lambda: format(0x110000, "c"))
show("c with sign", lambda: format(65, "+c"))
show("str with comma", lambda: format("s", ","))
show("str with =", lambda: format("s", "=5"))
show("alternate on str", lambda: format("s", "#"))
show("trailing junk", lambda: format(1.5, ".2fx"))
show("huge width", lambda: len(format(1, "1000")))

# format() calls type(obj).__format__, ignoring instance attributes
class Shadow:
    def __format__(self, spec):
        return "class __format__"
s = Shadow()
s.__format__ = lambda spec: "instance __format__"
print(format(s), f"{s}")

# subclasses of builtins inherit __format__ unless str-like behaviour is overridden
class Dollars(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec or ",.2f")
class Code(int):
    pass
print(format(Dollars(1234.5)), f"{Dollars(9.999):.1f}", format(Code(255), "x"), f"{Code(7):03d}", str(Dollars(2.5)))

# nested specs, computed at runtime
for width in (4, 8):
    for align in "<^>":
        print(f"[{'ab':{align}{width}}]", end=" ")
print()
values = [3.14159, 2.71828, 1.41421]
for prec in range(4):
    print(" ".join(f"{v:.{prec}f}" for v in values))
