# Floats printed via str/repr on their own and inside containers
xs = [0.1, 0.1 + 0.2, 1e16, 1e15, 1e-4, 1e-5, 1.0, -0.0, 2 ** 0.5, 1 / 3]
print(xs)
print(tuple(xs[:3]))
print((1.5,))
for x in xs:
    print(str(x), repr(x))
d = {1.0: 2.5, 'k': [3.0, (4.25, -0.5)], 2: 1e100}
print(d)
print(str(d) == repr(d))
inf = 1e300 * 1e300
print([inf, -inf, inf - inf])
print(repr([round(2.675, 2), round(0.5), round(1.5), round(-2.5)]))
print([1e22, 1e23, 123456789012345678.0, 9007199254740993.0])
print([float('1e-7'), float('-1.5E+3'), float(' 42 '), float('inf')])
print([3 / 2, 7 // 2.0, -7 // 2.0, 7 % -3.0, divmod(7.5, 2)])
print(str(0.1), repr(1e-310), 5e-324, 1.7976931348623157e308)
print(str([1, 2.0, '3.0', None, True]))
