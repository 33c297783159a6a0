# repr/str of floats: shortest round-trip digits, exponent thresholds, inf/nan/-0.0, arithmetic noise.

values = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 1e16, 1e15,
          123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e-7, 1e22, 1e23, 9.999999999999999e22,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.141592653589793,
          2.718281828459045, 100.0, 1e100, 12345.678, 0.5, 0.25, 1.1, 2.675, 1e-10, 123e-20]
for v in values:
    print(repr(v), str(v), v == float(repr(v)))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(-nan), [inf, nan], (-inf,))
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf > 1e308, nan == nan, nan != nan, nan < 1)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2, -5e-324 / 2)
print(float(10 ** 16), float(2 ** 63), float(-2 ** 80), 2.0 ** 70)
print(0.1 * 3, 0.3, 1.1 * 1.1, 1 - 0.9, 100 * 1.1, 0.07 * 100)
print(sum([0.1] * 10), 0.1 * 10, 1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(1.0 == 1, 1.5 == 3 / 2, -0.0 == 0.0, str(-0.0 * 1), repr(0.0 * -1), -0.0 + 0.0)
print(abs(-0.0), -(0.0), 0.0 - 0.0, -0.0 - 0.0)
print(float("1e500"), float("-1e500"), float("1e-500"), float("-1e-500"))
print([round(x, 2) for x in (0.125, 0.375, 2.675, -1.005)])
print(f"{0.1!r} {1e16!s} {1e-5}", "%r %s" % (0.1 + 0.2, 1e22))
print(3.0, 3.10, 4.000, 1e0, 1E1, .5, 5., 1_000.000_1)
print(float.fromhex("0x1.8p1"), (0.1).hex(), (1.0).hex(), (-0.0).hex(), float.fromhex("-0x1p-1074"))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1e100) == hash(int(1e100)))
print(hash(inf), hash(-inf))
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
