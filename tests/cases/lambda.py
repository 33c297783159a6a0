# Simple lambdas
sq = lambda x: x * x
print(sq(7))
add = lambda a, b: a + b
print(add(2, 3), add('x', 'y'))
const = lambda: 42
print(const())
with_default = lambda a, b=10: a - b
print(with_default(5), with_default(5, 1), with_default(b=2, a=9))
def apply(f, v):
    return f(v)
print(apply(lambda n: n + 100, 1))
fs = [lambda x: x + 1, lambda x: x * 2, lambda x: -x]
for f in fs:
    print(f(10))
pick = lambda c: 'yes' if c else 'no'
print(pick(1), pick(0))
both = lambda a, b: a and b
print(both(1, 'b'), both(0, 'b'))
print((lambda: 'immediately called')())
ops = {'+': lambda a, b: a + b, '*': lambda a, b: a * b}
print(ops['+'](3, 4), ops['*'](3, 4))
