# Arbitrary-precision integers: arithmetic, comparisons, repr, mixing with small ints.

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 7, a % 7, -a // 7, -a % 7)
print(divmod(a, b), divmod(b, a))
print(divmod(-a, 12345678901234567890))
print(a ** 3)
print(a == 1267650600228229401496703205376, a != a + 1, a < b, b > a)
print(a == float(a), a + 1 == float(a))
fact = 1
for i in range(1, 41):
    fact *= i
print("40! =", fact, len(str(fact)))
print(fact // (2 ** 38), fact % 1000000007)
print(-fact, abs(-fact) == fact, -(-fact) == fact)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 64 + 5))
print(hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)))
print(int(str(a) * 2) // a)
print(a >> 90, a >> 100, a >> 101, (a + 1) >> 1, -a >> 99, -(a + 1) >> 100)
print(1 << 70, -1 << 70, (1 << 200) >> 199)
print(a & (a - 1), a | 1, a ^ (a - 1), ~a)
print((a - 1) & 0xFFFF, -a & 0xFFFF, -a | 0xFF, (-a) ^ 5)
print(bool(a), bool(a - a), a - a)
print(max(a, b, 5), min(-a, -b), sorted([b, a, -a, 0]))
print(sum(range(10 ** 6, 10 ** 6 + 100)) * a)
print(10 ** 20 // 3, 10 ** 20 % 3, -10 ** 20 // 3, -10 ** 20 % 3)
print(10 ** 20 / 4, 2 ** 53 + 1, float(2 ** 53 + 1), 10 ** 20 / 10 ** 18)
show("truediv big", lambda: 10 ** 400 / 10 ** 399)
show("float of huge", lambda: float(10 ** 400))
show("huge / small", lambda: 10 ** 400 / 3)
show("big % 0", lambda: a % 0)
show("big // 0", lambda: a // 0)
show("shift negative", lambda: a << -1)
show("pow negative exp", lambda: 2 ** -2)
show("0 ** -1", lambda: 0 ** -1)
print(pow(2, 64), (-2) ** 63, (-3) ** 41)
x = 1
for _ in range(10):
    x = x * 1000003 + 7
print(x, x.bit_length(), x % 97)
print(str(-(10 ** 25)), repr(10 ** 25), int("-" + "9" * 30) + 1)
