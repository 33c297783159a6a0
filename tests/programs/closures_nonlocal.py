# Closures: captured variables, nonlocal, factories, shared cells.

def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    def peek():
        return count
    return increment, reset, peek

inc, reset, peek = make_counter()
print(inc(), inc(), inc(), peek())
reset()
print(peek(), inc())
inc10, _, peek10 = make_counter(100, 10)
print(inc10(), inc10(), peek10(), peek())       # independent state

# Closures see the variable, not its value at creation time.
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())

# Two closures share one cell.
def pair():
    shared = []
    def add(v):
        shared.append(v)
        return len(shared)
    def items():
        return list(shared)
    return add, items
add, items = pair()
add("a"); add("b")
print(items())

# Three levels of nesting with nonlocal at different depths.
def level1():
    a = "a1"
    def level2():
        b = "b2"
        def level3():
            nonlocal a, b
            a = a + "!"
            b = b + "?"
            return a + b
        r = level3()
        return r, b
    r2 = level2()
    return r2, a
print(level1())

# Accumulators and memoising closures.
def running_average():
    total = 0
    n = 0
    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n
    return add
avg = running_average()
print([avg(x) for x in [10, 20, 30, 40]])

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def slow_square(n):
    print("    computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))

# Function factories with configuration.
def make_formatter(prefix, suffix=""):
    def fmt(value):
        return prefix + str(value) + suffix
    return fmt
bold = make_formatter("**", "**")
money = make_formatter("$")
print(bold("hi"), money(5), [make_formatter(str(i) + ":")(i * i) for i in range(3)])

# Closure over a loop variable in a function (late binding) and the fixes.
def make_all():
    late, bound = [], []
    for i in range(3):
        late.append(lambda: i)
        bound.append(lambda i=i: i)
    return [f() for f in late], [f() for f in bound]
print(make_all())

# Without nonlocal, assignment makes a new local (UnboundLocalError on read first).
def broken_counter():
    count = 0
    def inc():
        count += 1
        return count
    return inc
try:
    broken_counter()()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# global vs nonlocal.
g = "global"
def scopes():
    g = "enclosing"
    def use_global():
        global g
        g = "global changed"
    def use_nonlocal():
        nonlocal g
        g = "enclosing changed"
    use_global()
    use_nonlocal()
    return g
print(scopes(), g)

# Introspection of closures.
def adder(n):
    def add(x):
        return x + n
    return add
add3 = adder(3)
print(add3(4), add3.__code__.co_freevars, add3.__closure__[0].cell_contents, add3.__name__, add3.__qualname__)
print(adder.__code__.co_cellvars, sorted(make_counter.__code__.co_cellvars))

# Closures as simple objects.
def make_stack():
    data = []
    def push(x):
        data.append(x)
    def pop():
        return data.pop()
    def size():
        return len(data)
    return {"push": push, "pop": pop, "size": size}
st = make_stack()
for v in "xyz":
    st["push"](v)
print(st["size"](), st["pop"](), st["pop"](), st["size"]())

# Recursive closure.
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(make_fact()(10))

# Decorator with arguments built from closures.
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"))
