# Decorators: factories with arguments, stacking order, class decorators, decorator classes, methods.

def trace(label):
    print("factory called with", label)
    def decorate(func):
        print("decorating", func.__name__, "with", label)
        def wrapper(*args, **kwargs):
            print(f"[{label}] -> {func.__name__}{args}")
            result = func(*args, **kwargs)
            print(f"[{label}] <- {result!r}")
            return result
        wrapper.__name__ = func.__name__
        wrapper.__doc__ = func.__doc__
        wrapper.__wrapped__ = func
        return wrapper
    return decorate

@trace("outer")
@trace("inner")
def add(a, b):
    "Add two things."
    return a + b
print("definition done")
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__wrapped__(1, 1))

def repeat(times):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(times)]
        return run
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"))

# decorator that registers instead of wrapping
REGISTRY = {}
def register(name=None):
    def deco(fn):
        REGISTRY[name or fn.__name__] = fn
        return fn
    return deco
@register()
def alpha():
    return "a"
@register("b-handler")
def beta():
    return "b"
print(sorted(REGISTRY), REGISTRY["b-handler"](), alpha())

# decorators can return anything
def to_value(fn):
    return fn()
@to_value
def computed():
    return sum(range(10))
print(computed, type(computed).__name__)

# class-based decorator keeping state
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)

# decorators on methods and the self argument
def logged_method(fn):
    def wrapper(self, *args):
        print(f"  {type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args)
    return wrapper
class Counter:
    def __init__(self):
        self.n = 0
    @logged_method
    def incr(self, by=1):
        self.n += by
        return self.n
c = Counter()
print(c.incr(), c.incr(5), Counter.incr(c, 10))

# class decorators
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
@singleton
@add_repr
class Settings:
    def __init__(self, mode):
        self.mode = mode
print(Point(1, 2), Settings("fast"), Settings("slow"), Settings("x") is Settings("y"))

# decorator expressions may be arbitrary (PEP 614)
decorators = {"twice": lambda f: lambda x: f(f(x))}
@decorators["twice"]
def inc(x):
    return x + 1
@(lambda f: f)
def ident(x):
    return x
print(inc(5), ident("same"))

# decorator raising during definition
def strict(fn):
    if not fn.__name__.islower() or fn.__name__.startswith("bad"):
        raise TypeError(f"{fn.__name__} is not an acceptable name")
    return fn
try:
    @strict
    def bad(a, b):
        return a
except TypeError as e:
    print(type(e).__name__, e)
print("bad" in globals())
