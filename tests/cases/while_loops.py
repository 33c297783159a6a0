# Various while loop patterns
n = 12345
digits = []
while n > 0:
    digits.append(n % 10)
    n //= 10
print(digits)
digits.reverse()
print(digits)
def to_binary(n):
    if n == 0:
        return '0'
    bits = ''
    while n:
        bits = str(n & 1) + bits
        n >>= 1
    return bits
print(to_binary(0), to_binary(5), to_binary(255), to_binary(2 ** 70))
def isqrt(n):
    lo = 0
    hi = n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print(isqrt(99), isqrt(100), isqrt(10 ** 40))
stack = [1, 2, 3]
while stack:
    print('pop', stack.pop())
print(stack)
def reverse_string(s):
    out = ''
    i = len(s) - 1
    while i >= 0:
        out += s[i]
        i -= 1
    return out
print(reverse_string('stressed'))
