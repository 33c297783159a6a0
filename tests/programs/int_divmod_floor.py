# Floor division, modulo and divmod with mixed signs for ints and floats; ZeroDivisionError messages.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(f"{a:3} {b:3} | // {a // b:3} % {a % b:3} divmod {divmod(a, b)}")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.0, -3), (-0.0, 3), (1e-300, 1e300)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(5 % -0.5, -5 % 0.5, 1 % 0.1, -1 % 0.1, 3.0 % float("inf"), -3.0 % float("inf"))
print(float("inf") // 1 if False else "skip", 1 // float("inf"), -1 // float("inf"))
for a in range(-5, 6):
    q, r = divmod(a, 3)
    assert q * 3 + r == a and 0 <= r < 3
print("invariant holds for b=3")
for a in range(-5, 6):
    q, r = divmod(a, -3)
    assert q * -3 + r == a and -3 < r <= 0
print("invariant holds for b=-3")
print(True // 2, True % 2, divmod(True, True), 10 // True)
print(-7 / 2, 7 / -2, int(-7 / 2), round(-7 / 2), -(7 // 2))

def z(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, type(e).__name__, e)
z("int/0", lambda: 1 / 0)
z("int//0", lambda: 1 // 0)
z("int%0", lambda: 1 % 0)
z("divmod int", lambda: divmod(1, 0))
z("float/0", lambda: 1.0 / 0)
z("float//0", lambda: 1.0 // 0.0)
z("float%0", lambda: 1.0 % 0)
z("divmod float", lambda: divmod(1.0, 0.0))
z("0.0/0", lambda: 0.0 / 0)
z("big/0", lambda: 10 ** 50 / 0)
z("0**-1", lambda: 0 ** -1)
z("0.0**-1", lambda: 0.0 ** -1)
z("bool", lambda: 5 // False)
z("complex", lambda: 1j / 0)
x = 10
try:
    x //= 0
except ZeroDivisionError as e:
    print("augmented", e, x)
try:
    x %= 0
except ZeroDivisionError as e:
    print("augmented mod", e, x)
def f():
    return 1 // 0
f()
