# Big-int arithmetic with negatives, shifts, floor division
a = 3 ** 100
b = -(7 ** 45)
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(a // b, a % b)
print(b // a, b % a)
print(-a // 12345678901, -a % 12345678901)
print(divmod(a, b), divmod(b, 97))
print(1 << 100, -1 << 100, (1 << 100) >> 99, -(1 << 100) >> 101)
print(-1 >> 5, -5 >> 1, -5 // 2, 5 >> 10)
print(a & b, a | b, a ^ b, ~a)
print(2 ** 64 - 1, (2 ** 64 - 1) & 0xFF, hex(2 ** 64), oct(-(8 ** 10)), bin(-37))
print(pow(2, 100, 1000000007), pow(3, 200, 10 ** 9), pow(-3, 3, 7))
print(abs(b), -abs(a) == -a, a == 3 ** 100)
x = 1
for i in range(1, 31):
    x *= i
print(x, len(str(x)))
print(x // (10 ** 20), x % 10 ** 10)
print(int('-' + '9' * 40) + 1)
print(str(10 ** 50)[::-1][:5], 10 ** 50 - 1)
print((-2) ** 63, -2 ** 63, (-2) ** 64)
print(123456789 ** 3 % 1000, (10 ** 30 + 7) // (10 ** 15))
print(hash(5), hash(-3), hash(0))
print(a > 1e47, a < 1e48, float(a))
print(round(a, -40), round(-12345, -2), round(12350, -2), round(12450, -2))
