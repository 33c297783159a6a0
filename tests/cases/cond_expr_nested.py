# Nested conditional expressions and truthiness chains
def classify(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'small' if n < 10 else 'big'
for v in [-5, 0, 3, 10, 10 ** 20]:
    print(v, classify(v))
def sign(x):
    return (1 if x > 0 else -1) if x else 0
print(sign(5), sign(-2), sign(0), sign(0.0), sign(-0.0))
x = 7
print('odd' if x % 2 else 'even', ('big' if x > 5 else 'small') + '!')
y = None
print(y if y is not None else 'default', (lambda: 'L')() if y is None else 'no')
print(1 if [] else 2 if {} else 3 if () else 4 if '' else 5)
grade = lambda s: 'A' if s >= 90 else 'B' if s >= 80 else 'C' if s >= 70 else 'F'
print(grade(95), grade(85), grade(75), grade(10), grade(90), grade(89.999))
z = 3 if True else 1 / 0
print(z)
w = 1 / 0 if False else 'safe'
print(w)
print(('a', 'b')[x > 5], {'t': 1, 'f': 0}['t' if x else 'f'])
r = x if x > 10 else x * 2 if x > 5 else x * 3
print(r)
print(max(1, 2) if min(3, 4) > 2 else abs(-9))
