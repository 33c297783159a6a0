# Prime numbers: trial division and a sieve
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True
small = []
for n in range(50):
    if is_prime(n):
        small.append(n)
print(small)
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    out = []
    for k in range(limit + 1):
        if flags[k]:
            out.append(k)
    return out
ps = sieve(1000)
print(len(ps), ps[-5:], sum(ps))
def factorize(n):
    factors = []
    p = 2
    while n > 1:
        while n % p == 0:
            factors.append(p)
            n //= p
        p += 1
        if p * p > n and n > 1:
            factors.append(n)
            break
    return factors
print(factorize(360), factorize(97), factorize(2 ** 10 * 3 ** 5 * 101))
print(is_prime(2 ** 31 - 1))
