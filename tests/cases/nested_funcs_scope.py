# Nested functions, shadowing, recursion through closures
def outer(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    def fib(k):
        a, b = 0, 1
        for _ in range(k):
            a, b = b, a + b
        return a
    return fact(n), fib(n)
print(outer(10), outer(0), outer(30))
x = 'module'
def shadow(x):
    def inner():
        return x + '!'
    x = x * 2
    return inner()
print(shadow('ab'), x)
def local_shadow_builtin():
    len = lambda v: 'fake len'
    return len([1, 2])
print(local_shadow_builtin(), len([1, 2]))
def apply_n(f, n, v):
    while n > 0:
        v = f(v)
        n -= 1
    return v
print(apply_n(lambda s: s + '*', 3, ''), apply_n(lambda v: v * 2, 10, 1))
def make_ops():
    ops = {}
    ops['add'] = lambda a, b: a + b
    ops['sub'] = lambda a, b: a - b
    ops['mul'] = lambda a, b: a * b
    return ops
ops = make_ops()
for name in sorted(ops):
    print(name, ops[name](7, 3))
def memo_fib():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(memo_fib()(90))
def returns_none():
    pass
def returns_bare():
    return
print(returns_none(), returns_bare(), returns_none() is None)
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(early(50), early(0), early(2))
def multi_ret():
    return 1, [2], 'three'
a, b, c = multi_ret()
print(a, b, c, multi_ret())
print(callable(outer), callable(lambda: 0), callable(5), callable('s'), callable(len))
f = outer
print(f(5), f is outer)
def g(v, transform=None):
    return transform(v) if transform else v
print(g(3), g(3, str), g(3, lambda z: [z]), g('q', transform=len))
