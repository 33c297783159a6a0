# Greatest common divisor and least common multiple
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)
def lcm(a, b):
    return a // gcd(a, b) * b
pairs = [(12, 18), (17, 5), (100, 75), (0, 9), (2 ** 64, 2 ** 40 * 3)]
for a, b in pairs:
    print(a, b, gcd(a, b), gcd_rec(a, b), lcm(a, b) if a else 0)
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print('lcm(1..20) =', acc)
