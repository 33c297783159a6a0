# Float arithmetic edge cases: signed zero, inf/nan propagation, // and % signs, division errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf = float("inf")
nan = float("nan")
nz = -0.0

# floor division and modulo follow the sign of the divisor
for a in (7.5, -7.5):
    for b in (2.0, -2.0, 0.5, -0.5):
        print(a, b, a // b, a % b, divmod(a, b), a - (a // b) * b == a % b)
print(1.0 % 0.1, 1.0 // 0.1, -1.0 % 0.1, 0.0 % 5, -0.0 % 5, 0.0 % -5, -0.0 // 5)
print(5 % inf, -5 % inf, 5 % -inf, 5 // inf, -5 // inf, divmod(5.0, inf), divmod(-5.0, inf))
print(inf % 5 != inf % 5, (inf // 5) != (inf // 5), divmod(nan, 1.0))

# signed zero
print(nz, 0.0 == nz, repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(-0.0 * 5), repr(0.0 * -5), repr(-(0.0)))
print(repr(abs(nz)), repr(-nz), repr(nz * nz), repr(1 / inf), repr(-1 / inf), repr(round(-0.4)), repr(round(-0.4, 0)))
print(str(-0.0), f"{-0.0}", f"{-0.0:.2f}", f"{-0.0:z.2f}", f"{-0.001:.2f}", f"{-0.001:z.2f}", format(-0.0, "g"))

# infinity and nan propagation
print(inf + inf, inf - inf, inf * inf, inf * -1, inf / inf, 0 * inf, inf / 10 ** 300, -inf < -1e308)
print(nan + 1, nan * 0, nan ** 0, 1 ** nan, max(1.0, 2.0), inf ** 0, 0.0 ** 0, 2.0 ** -1)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10, 5e-324 * 0.5, 5e-324 * 0.6, 2.0 ** -1074, 2.0 ** -1075)
print(float("INF"), float("-Infinity"), float("nAn"), float(" +inf "), float("-nan"), float("1e500"), float("-1e500"))

show("div zero", lambda: 1.0 / 0)
show("div neg zero", lambda: 1.0 / -0.0)
show("floordiv zero", lambda: 1.0 // 0.0)
show("mod zero", lambda: 1.0 % 0.0)
show("divmod zero", lambda: divmod(1.0, 0.0))
show("int div float zero", lambda: 3 / 0.0)
show("zero pow neg", lambda: 0.0 ** -1)
show("neg pow frac", lambda: (-8.0) ** (1 / 3))
show("pow overflow", lambda: 10.0 ** 400)
show("int pow float overflow", lambda: 2 ** 1024.0)
show("exp int pow neg", lambda: 2 ** -2)
show("big int times float", lambda: 10 ** 400 * 1.0)
show("float plus str", lambda: 1.5 + "x")
show("float floordiv none", lambda: 1.5 // None)

# accumulation error and exact comparisons
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9, sum([0.1] * 10), 0.1 + 0.2 == 0.3)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, 9007199254740993.0, 0.1 + 0.7, 4.35 * 100, 1.15 * 100)
print(3 * 0.1, 0.3 / 0.1, 1 / 3 * 3, 2 / 3, 100 / 3, -100 / 3, 7 / 7, 2 ** 0.5, 10 ** -2, 10 ** -2.0)

# integral floats and conversions
for v in (3.0, -3.0, 3.5, -3.5, 1e20, 2.5e-3):
    print(v, int(v), v.is_integer(), float(int(v)) == v, round(v), -v // 1, v % 1)
