# Higher-order functions: compose, curry, partial application by hand, dispatch tables, callbacks.

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    composed.__name__ = "compose(" + ", ".join(f.__name__ for f in fns) + ")"
    return composed

def inc(x):
    return x + 1
def dbl(x):
    return x * 2
def sq(x):
    return x * x
pipeline = compose(sq, dbl, inc)
print(pipeline.__name__, pipeline(3), compose()(7), compose(inc)(1), [compose(dbl, sq)(v) for v in range(4)])

def curry(fn, arity):
    def take(args):
        if len(args) >= arity:
            return fn(*args)
        return lambda *more: take(args + more)
    return take(())
vol = curry(lambda l, w, h: l * w * h, 3)
print(vol(2)(3)(4), vol(2, 3)(4), vol(2)(3, 4), vol(2, 3, 4))

def partial(fn, *bound, **bound_kw):
    def call(*args, **kw):
        return fn(*bound, *args, **{**bound_kw, **kw})
    return call
def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), two_to(10, mod=1000), partial(power, 3, 4)(), partial(power, mod=7)(3, 5))

# map / filter / sorted with function arguments
words = ["banana", "Apple", "cherry", "apple", "Date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(list(map(str.title, words)), list(filter(lambda w: w[0].isupper(), words)), max(words, key=len), min(words, key=str.lower))

# dispatch table instead of if/elif
def op_add(a, b):
    return a + b
def op_sub(a, b):
    return a - b
DISPATCH = {"+": op_add, "-": op_sub, "*": lambda a, b: a * b, "max": max}
program = [("+", 2, 3), ("*", 4, 5), ("-", 10, 20), ("max", 7, 3), ("/", 1, 2)]
for op, a, b in program:
    fn = DISPATCH.get(op)
    print(op, a, b, "=>", fn(a, b) if fn else "unknown op " + repr(op))

# callbacks and accumulators
def each(items, callback):
    for i, item in enumerate(items):
        callback(i, item)
log = []
each("xyz", lambda i, c: log.append(c * (i + 1)))
print(log)
def make_accumulator(start=0):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_accumulator(100)
print([acc(n) for n in (1, 2, 3)], acc(0))

# reduce written by hand
def fold(fn, items, initial):
    acc = initial
    for it in items:
        acc = fn(acc, it)
    return acc
print(fold(lambda a, b: a + b, range(10), 0), fold(lambda a, b: a * b, range(1, 8), 1), fold(lambda a, b: b + a, "abc", ""))
print(fold(lambda d, w: {**d, w[0]: d.get(w[0], 0) + 1}, ["ant", "ape", "bee", "cat", "cow"], {}))

# functions returning functions returning functions
def adder(a):
    return lambda b: lambda c: a + b + c
print(adder(1)(2)(3), adder("x")("y")("z"), [adder(i)(i)(i) for i in range(4)])

# memoize as a higher-order function
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.cache), paths(2, 2))
try:
    memoize(len)([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
