# Comparisons, including chained comparisons
a = 1
b = 2
c = 3
print(a < b < c, a < c < b, c > b > a)
print(a == 1 == True, 1 < 2 > 0)
print(a <= 1 < 2 <= 2 != 3)
print(1 == 1.0, 1 != 1.0, 'a' != 'b')
print(None is None, None is not None, a is not None)
x = [1]
y = [1]
z = x
print(x == y, x is y, x is z, x is not y)
print(3 in [1, 2, 3], 'b' in 'abc', 'k' in {'k': 0}, 2 in (1, 2))
print(0 < 5 in [5], 5 not in [1] == False)
def noisy(v):
    print('eval', v)
    return v
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
print('abc' < 'abd', 'abc' < 'ab', '' < 'a')
print((1, 2) < (1, 3), [2] > [1, 9])
print(True == 1, False == 0, True is True)
print(2 ** 100 == 2 ** 100, 1e16 == 10 ** 16)
print(0.1 + 0.2 == 0.3)
print(-1 < -0.5 < 0 <= -0.0)
