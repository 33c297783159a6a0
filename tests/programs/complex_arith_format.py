# complex: repr of signed zeros and special parts, mixed arithmetic, powers, format specs, errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf = float("inf")
nan = float("nan")
for z in [1j, -1j, 0j, -0j, complex(-0.0, 0.0), complex(-0.0, -0.0), complex(0.0, -0.0), 1 + 0j, -1 - 0j,
          complex(1.5, 2.5), complex(1e16, 1e-5), complex(inf, nan), complex(-inf, -inf), complex(nan, 1),
          complex(2 ** 53, -(2 ** 53)), complex(1e300, 1e300) * 10]:
    print(repr(z), str(z), z.real, z.imag)

a = 3 + 4j
b = 1 - 2j
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, a * True, a + False)
print(a * b, a / b, b / a, a ** 2, a ** 0.5, a ** -1, a ** 0, 0 ** 0j, (1 + 1j) ** 8, 1j ** 3)
print(abs(a), abs(b), abs(complex(inf, nan)), abs(-0j), a.conjugate(), (-a).conjugate(), -(-a) == a)
print(pow(a, 2), pow(1j, 2), (2 + 0j) ** 3, 4 ** 0.5j if False else "skip", (-1) ** 0.5)
print(a == 3 + 4j, a != 3 + 4.0j, a == (3, 4), hash(3 + 0j) == hash(3), hash(2.5 + 0j) == hash(2.5))

# constructor forms
print(complex(), complex(5), complex(2.5, -1), complex("1+2j"), complex("-1.5e3-2.5e-2j"), complex("(1+2j)"))
print(complex("j"), complex("-j"), complex("+1j"), complex(" 7 "), complex("inf+nanj"), complex(1j, 1j))
print(complex(True, False), complex(a), complex(real=1, imag=2), complex(imag=3))
show("bad str", lambda: complex("1+2"))
show("spaces inside", lambda: complex("1 + 2j"))
show("str and imag", lambda: complex("1", 2))
show("none", lambda: complex(None))
show("list", lambda: complex([1]))
show("div zero", lambda: a / 0)
show("div zero complex", lambda: a / 0j)
show("floor div", lambda: a // 2)
show("mod", lambda: a % 2)
show("divmod", lambda: divmod(a, 2))
show("zero neg pow", lambda: 0j ** -1)
show("int of complex", lambda: int(a))
show("float of complex", lambda: float(a))
show("round", lambda: round(a))
show("ordering", lambda: sorted([a, b]))
show("pow mod", lambda: pow(a, 2, 3))

# format specifications
print(format(a, ""), format(a, ".2f"), format(a, "+.1e"), format(a, "^20"), format(a, "*>20.3g"))
print(format(1.5 - 0.25j, "g"), format(-0j, ""), format(complex(1, -0.0), ".1f"), f"{b:10.2f}|{a!r:>12}|")
show("zero pad", lambda: format(a, "010"))
show("equals align", lambda: format(a, "=10"))

class Impedance:
    def __init__(self, r, x):
        self.z = complex(r, x)
    def __complex__(self):
        return self.z
    def __repr__(self):
        return "Impedance(%r)" % self.z
def parallel(*zs):
    return 1 / sum(1 / complex(z) for z in zs)
loads = [Impedance(50, 0), Impedance(0, 100), Impedance(25, -25)]
print(loads, complex(loads[1]), parallel(*loads))
total = parallel(*loads)
print(round(total.real, 6), round(total.imag, 6), round(abs(total), 6))
