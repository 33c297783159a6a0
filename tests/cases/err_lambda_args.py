# Too many arguments to a lambda
square = lambda x: x * x
print(square(4), square(x=5))
vals = [1, 2, 3]
print(sum(vals))
print(square(vals[0], vals[1]))
