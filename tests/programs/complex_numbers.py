# complex numbers: literals, repr, arithmetic, abs, conjugate, complex() parsing, and errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), str(w), z.real, z.imag, type(z.real).__name__)
print(z + w, z - w, z * w, z / w, -z, +z, abs(z), z.conjugate())
print(z == complex(3, 4), z != w, z == 3 + 4.0j, 1j * 1j, 1j ** 2, (1 + 1j) ** 2)
print(0j, -0j, complex(), complex(0, -0.0), complex(-0.0, 0), 1j, -1j, 2.5j)
print(complex(2), complex(2.5), complex("1+2j"), complex(" 3-4j "), complex("5j"), complex("-j"))
print(complex("1e3+1e-3j"), complex("inf+nanj"), complex(1e300, -1e300), complex("(1+2j)"))
print(z + 1, 1 + z, z * 2, 2.5 * z, z / 2, True + 1j, z ** 0, z ** 1)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), 1 + 0j == 1, 0.5 + 0j == 0.5)
print(complex(1, 2) == (1, 2), [1j, 2j].index(2j), 1j in {1j: 1})
print(abs(3j), abs(-4 + 0j), abs(complex(1e200, 1e200)) > 1e200)
print((2 + 3j).real.is_integer(), complex(z), complex(real=1, imag=2), complex(1j, 1j))
print(repr(complex(1, float("nan"))), repr(complex(float("inf"), -1)))
print(f"{z}", f"{z:.2f}", f"{w:>12}", format(1.5 + 2.25j, ".1f"), "%s" % z)
show("div zero", lambda: z / 0)
show("div zero complex", lambda: z / 0j)
show("floor div", lambda: z // 2)
show("mod", lambda: z % 2)
show("lt", lambda: z < w)
show("int()", lambda: int(z))
show("float()", lambda: float(z))
show("parse bad", lambda: complex("1+2"))
show("parse spaces", lambda: complex("1 + 2j"))
show("parse junk", lambda: complex("abc"))
show("two strs", lambda: complex("1", "2"))
show("str imag", lambda: complex(1, "2"))
show("none", lambda: complex(None))
show("0 pow neg", lambda: 0j ** -1)
show("round", lambda: round(1 + 2j))
show("divmod", lambda: divmod(1j, 1))
class C:
    def __complex__(self):
        return 7 - 1j
print(complex(C()))
# Mandelbrot membership using complex arithmetic
def escapes(c, limit=30):
    x = 0j
    for i in range(limit):
        x = x * x + c
        if abs(x) > 2:
            return i
    return -1
for im in (1.0, 0.5, 0.0, -0.5, -1.0):
    print("".join("#" if escapes(complex(re / 10, im)) < 0 else "." for re in range(-20, 6)))
