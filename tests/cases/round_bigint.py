# round() of large ints with negative ndigits must be exact
print(round(2 ** 62, -1), round(2 ** 53 + 1, -1))
print(round(10 ** 18 + 6, -1), round(-(10 ** 18) - 6, -1))
print(round(2 ** 64 + 5, -1), round(3 ** 100, -40))
print(round(10 ** 30 + 50, -2), round(10 ** 30 + 150, -2), round(2 ** 70, 5))
