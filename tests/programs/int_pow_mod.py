# pow() with two and three arguments, modular inverse, negative exponents, and errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("2**10", lambda: pow(2, 10))
show("2**-1", lambda: pow(2, -1))
show("(-2)**-3", lambda: pow(-2, -3))
show("pow mod", lambda: pow(3, 200, 1000007))
show("pow mod neg base", lambda: pow(-3, 3, 7))
show("pow mod neg mod", lambda: pow(3, 3, -7))
show("pow mod 1", lambda: pow(123, 456, 1))
show("pow mod -1", lambda: pow(123, 456, -1))
show("inverse", lambda: pow(3, -1, 7))
show("inverse 2", lambda: pow(38, -1, 97))
show("inverse -2", lambda: pow(3, -2, 7))
show("no inverse", lambda: pow(2, -1, 4))
show("mod zero", lambda: pow(2, 3, 0))
show("float mod", lambda: pow(2.0, 3, 5))
show("float exp mod", lambda: pow(2, 3.0, 5))
show("big", lambda: pow(7, 10 ** 5, 10 ** 9 + 7))
show("0**0", lambda: pow(0, 0))
show("0**0 mod", lambda: pow(0, 0, 1))
show("float pow", lambda: pow(2.0, 0.5))
show("neg frac", lambda: pow(-8, 1 / 3))
show("neg float frac", lambda: (-8.0) ** 0.5)
show("overflow", lambda: 10.0 ** 400)
show("int big float", lambda: 2 ** 0.5)
show("bool pow", lambda: pow(True, 5))
show("kw", lambda: pow(base=2, exp=5, mod=3))
show("str pow", lambda: pow("2", 3))
show("None", lambda: pow(2, None))
show("None mod", lambda: pow(2, 3, None))
show("1.0**inf", lambda: 1.0 ** float("inf"))
show("inf**0", lambda: float("inf") ** 0)
show("0.0**0.0", lambda: 0.0 ** 0.0)
show("(-1)**0.5 complex", lambda: pow(-1, 0.5).real < 1e-15)
# modular exponentiation by hand agrees with pow
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(all(modexp(b, e, 1009) == pow(b, e, 1009) for b in range(1, 30) for e in range(0, 40, 3)))
# Fermat test
def probably_prime(n):
    return n > 1 and all(pow(a, n - 1, n) == 1 for a in (2, 3, 5, 7) if a < n)
print([n for n in range(2, 60) if probably_prime(n)])
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1 ** 2)
x = 3
x **= 4
print(x)
x **= -1
print(x)
