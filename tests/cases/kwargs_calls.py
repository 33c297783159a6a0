# Keyword-argument calls against builtins and user functions
def f(a, b=2, c=3):
    return a * 100 + b * 10 + c
print(f(1), f(1, 5), f(1, c=7), f(c=1, b=2, a=3), f(a=0))
print(sorted([3, 1, 2], reverse=True), sorted('hello', key=ord, reverse=False))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs), max('a', 'bb', 'ccc', key=len))
print('x', 'y', sep='')
print('x', 'y', sep='--', end='!\n')
print(end='')
print('no newline', end='')
print(' continued')
print(1, 2, 3, sep=', ', end='.\n')
print(sep='|')
print('a', sep=None, end=None)
print(int('ff', 16), int('777', 8), int('101', 2), int('z', 36), int('0x1f', 16), int('0b11', 0))
print(round(3.14159, 2))
g = lambda x, y=1: x - y
print(g(5), g(5, 2), g(y=3, x=1), g(x=10))
def nested(a, b=lambda z: z * 2):
    return b(a)
print(nested(4), nested(4, lambda z: z + 1), nested(b=str, a=9))
print(dict(one=1, two=2), list(range(0, 10, 3)), tuple('ab'))
