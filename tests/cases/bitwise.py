# Bitwise operators on ints, including negatives
a = 60
b = 13
print(a & b, a | b, a ^ b, ~a)
print(a << 2, a >> 2, 1 << 0, 5 >> 10)
print(-1 & 255, -1 | 0, -8 >> 1, -1 >> 100, -5 ^ 3)
print(~0, ~-1, ~255)
print(True & False, True | False, True ^ True)
mask = 0
for bit in [0, 3, 5]:
    mask |= 1 << bit
print(mask)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print(popcount(255), popcount(2 ** 100 - 1), popcount(0))
print((1 << 64) - 1, (1 << 64) >> 63)
