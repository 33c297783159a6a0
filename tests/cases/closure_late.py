# Closures capture variables, not values (late binding)
fs = []
for i in range(3):
    fs.append(lambda: i)
print(fs[0](), fs[1](), fs[2]())
gs = []
for i in range(3):
    gs.append(lambda i=i: i)
print(gs[0](), gs[1](), gs[2]())
def make_adders():
    out = []
    for n in [10, 20, 30]:
        def add(x):
            return x + n
        out.append(add)
    return out
adders = make_adders()
print(adders[0](1), adders[1](1), adders[2](1))
def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
a7 = make_adder(7)
print(a5(1), a7(1), a5(a7(0)))
def counter():
    state = [0]
    def inc():
        state[0] += 1
        return state[0]
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2(), c1())
def outer():
    x = 'before'
    def show():
        return x
    x = 'after'
    return show
print(outer()())
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def curry(a):
    return lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
x = 'global'
def reads_global():
    return x
x = 'changed global'
print(reads_global())
