# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag, int conversions.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [0.0, -0.0, 1.0, 2.5, -3.75, 0.1, 1e16, 1e300, 5e-324, 123.0]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate(), x.real, x.imag)
show("inf ratio", lambda: float("inf").as_integer_ratio())
show("nan ratio", lambda: float("nan").as_integer_ratio())
show("inf is_integer", lambda: float("inf").is_integer())
show("nan is_integer", lambda: float("nan").is_integer())
show("inf hex", lambda: float("inf").hex())
show("nan hex", lambda: float("-nan").hex())
show("int(inf)", lambda: int(float("inf")))
show("int(-inf)", lambda: int(float("-inf")))
show("int(nan)", lambda: int(float("nan")))
show("int(1e20)", lambda: int(1e20))
show("int(-2.9)", lambda: int(-2.9))
show("fromhex", lambda: float.fromhex("0x1.999999999999ap-4"))
show("fromhex inf", lambda: float.fromhex("inf"))
show("fromhex int", lambda: float.fromhex("0x10"))
show("fromhex neg exp", lambda: float.fromhex("-0x3p-2"))
show("int ratio", lambda: (10).as_integer_ratio())
show("int is_integer", lambda: (10).is_integer())
show("bool ratio", lambda: True.as_integer_ratio())
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, d == 2 ** 55)
for x in [0.5, 1.25, -7.125, 1e-3]:
    n, d = x.as_integer_ratio()
    print(x, n, d, float(n) / d == x)
# round trip through hex is exact
for x in [0.1, 1 / 3, 1e-310, 2 ** 0.5]:
    print(float.fromhex(x.hex()) == x)
print((2.5).__floor__() if hasattr(2.5, "__floor__") else "no floor")
print(float.__name__, type(1.5).__name__, isinstance(1.5, float), isinstance(1, float))
print((3.7).__trunc__(), (-3.7).__trunc__(), (3.2).__ceil__(), (-3.2).__ceil__())
print(abs(-2.5), -(-2.5), +1.5, float.__abs__(-1.0))
print(1.5 .real, 2.0.is_integer(), (1.5).__round__(), (2.5).__round__())
show("attr", lambda: (1.5).numerator)
show("set attr", lambda: setattr(1.5, "real", 2))
