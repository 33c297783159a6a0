# Big-integer floor division, modulo and divmod with every sign combination.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = 123456789012345678901234567890
b = 987654321987
for x in (a, -a):
    for y in (b, -b):
        q, r = divmod(x, y)
        print(x // y, x % y, q * y + r == x, (r == 0) or ((r > 0) == (y > 0)))

# small divisor, big dividend
for y in (1, -1, 2, -2, 3, -3, 10, -10):
    print(y, a // y, a % y, (-a) // y, (-a) % y)

# big divisor, small dividend
for x in (0, 1, -1, 5, -5):
    print(x, divmod(x, a), divmod(x, -a))

# exact multiples
m = 2 ** 200
print(divmod(m * 3, m), divmod(-m * 3, m), divmod(m * 3, -m), divmod(-m * 3, -m))
print(divmod(m * 3 + 1, m), divmod(-m * 3 - 1, m), divmod(m * 3 + 1, -m))

show("zero div", lambda: a // 0)
show("zero mod", lambda: a % 0)
show("zero divmod", lambda: divmod(a, 0))
show("zero truediv", lambda: a / 0)
show("small zero", lambda: 5 // 0)
show("small zero mod", lambda: -5 % 0)

# true division of big ints is correctly rounded
print(a / b, -a / b, (10 ** 30) / 3, (2 ** 64 + 1) / 2, 1 / 2 ** 1074, (10 ** 20) / (10 ** 10))
print(7 / 2, -7 / 2, 7 // 2, -7 // 2, 7 % -2, -7 % -2, 0 // -5, 0 % -5)

# negative numbers: powers and repeated operations
n = -(3 ** 41)
print(n, n * n, n ** 3, abs(n) == -n, n // 3 ** 40, n % 3 ** 40)
print(-(2 ** 100) // 3, -(2 ** 100) % 3, (2 ** 100) // -3, (2 ** 100) % -3)

# digit sums and string round-trip of big values
f = 1
for i in range(1, 61):
    f *= i
print(f)
print(sum(int(c) for c in str(f)), len(str(f)), str(f).count("0"), int(str(f)) == f)
print(f // 10 ** 20, f % 10 ** 20, f // (f // 7), -f // (f // 7))

# comparisons of big ints with various signs
vals = [a, -a, b, -b, 0, a * a, -(a * a)]
print(sorted(vals))
print([v > 0 for v in vals], [v // abs(v) if v else 0 for v in vals])
