# Closures, nonlocal/global, late binding, decorators with and without arguments, stacked decorators, hand-made memoisation.

def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get(), inc.__closure__ is not None, len(inc.__closure__), inc.__code__.co_freevars)
late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])
total = 0
def add_global(n):
    global total
    total += n
    return total
add_global(3); add_global(4)
print(total)
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())
def trace(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args}{kwargs or ''} -> {result!r}")
        return result
    wrapper.__name__ = "traced_" + fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@trace
def add(a, b=1):
    return a + b
@repeat(3)
def shout(word):
    return word.upper()
@trace
@repeat(2)
def both(x):
    return x * 2
add(2, b=5)
add(1)
print(add.__name__, add.__wrapped__(1, 1), shout("hi"), both(4))
def memoize(fn):
    cache = {}
    calls = [0]
    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = fn(n)
        return cache[n]
    wrapper.calls = calls
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.calls[0])
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
handlers = {}
@register(handlers)
def on_start():
    return "starting"
@register(handlers)
def on_stop():
    return "stopping"
print(sorted(handlers), handlers["on_stop"]())
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
print(compose(str, lambda v: v * 2, abs)(-21))
adders = {n: (lambda n: lambda x: x + n)(n) for n in (1, 10)}
print(adders[1](5), adders[10](5))
def cell_after_def():
    def show():
        return value
    value = "assigned later"
    return show()
print(cell_after_def())
def unbound_free():
    def show():
        return value
    r = None
    try:
        r = show()
    except NameError as e:
        r = f"{type(e).__name__}: {e}"
    value = 1
    return r
print(unbound_free())
deco_args = (lambda f: f)
@deco_args
def plain():
    return "plain"
print(plain(), (lambda: (yield))().__class__.__name__)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, fn):
        def wrapper(*a):
            self.n += 1
            return fn(*a)
        return wrapper
counter = Counter()
@counter
def sq(x):
    return x * x
print([sq(i) for i in range(4)], counter.n)
def bad_nonlocal_user():
    x = 1
    def inner():
        print(x)
        x = 2
    inner()
bad_nonlocal_user()
