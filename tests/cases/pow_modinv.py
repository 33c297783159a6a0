# Three-argument pow with negative exponent (modular inverse)
print(pow(5, -1, 7), pow(3, -1, 10), pow(2, -2, 5))
print(pow(38, -1, 97) * 38 % 97, pow(-3, -1, 7))
print(pow(10 ** 20 + 1, -1, 10 ** 9 + 7))
