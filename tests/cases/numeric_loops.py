# Numeric loops: sieve, newton sqrt, digit sums, float accumulation
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    out = []
    for k in range(n + 1):
        if is_p[k]:
            out.append(k)
    return out
p = sieve(100)
print(p, len(p))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(99), isqrt(0), isqrt(1))
def fsqrt(v):
    g = v / 2.0
    for _ in range(30):
        g = (g + v / g) / 2
    return g
print(fsqrt(2.0), fsqrt(2.0) == 2 ** 0.5, fsqrt(144.0), fsqrt(1e10))
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10))
acc = 0
for d in str(2 ** 100):
    acc += int(d)
print('digit sum', acc)
h = 0
for c in 'hash me':
    h = (h * 31 + ord(c)) % (2 ** 32)
print('poly hash', h, hex(h))
x = 1.0
steps = 0
while x != 0.0:
    x /= 2
    steps += 1
print('halvings to zero', steps)
n = 27
path = [n]
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    path.append(n)
print(len(path), max(path))
harmonic = 0
for k in range(1, 21):
    harmonic += 1 / k
print(harmonic)
print(sum([0.1] * 10), 0.1 * 10, sum(range(101)) / 101)
e = 1.0
term = 1.0
for k in range(1, 20):
    term /= k
    e += term
print(e)
print(7 // 0.5, 7 % 0.5, -7 // 0.3, 2.5 // 1, -2.5 // 1, 1e300 * 1e10 - 1e300 * 1e10)
