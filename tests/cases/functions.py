# Function definitions and calls
def add(a, b):
    return a + b
def greet(name):
    print('hello', name)
def nothing():
    return
def implicit():
    x = 1
print(add(2, 3), add('a', 'b'), add([1], [2]))
greet('world')
print(nothing(), implicit())
SCALE = 10
def scaled(v):
    return v * SCALE
print(scaled(4))
SCALE = 100
print(scaled(4))
def twice(f, x):
    return f(f(x))
def inc(x):
    return x + 1
print(twice(inc, 5))
g = add
print(g(10, 20))
def mutate(lst):
    lst.append('added')
items = []
mutate(items)
mutate(items)
print(items)
def rebind(lst):
    lst = [0]
    return lst
print(rebind(items), items)
def early(n):
    if n > 0:
        return 'positive'
    print('fall through')
    return 'non-positive'
print(early(1))
print(early(-1))
def multi():
    return 1, 2, 3
r = multi()
print(r)
p, q, s = multi()
print(p + q + s)
def helper(x):
    def inner(y):
        return y * 2
    return inner(x) + 1
print(helper(5))
def uses_later():
    return defined_later(3)
def defined_later(z):
    return z * z
print(uses_later())
def local_shadow(x):
    SCALE = 2
    return x * SCALE
print(local_shadow(3), SCALE)
