# __call__: callable objects, stateful functions, decorators as classes.

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

add5 = Adder(5)
print(add5(10), add5(-5), callable(add5), callable(Adder), callable(5), callable("s"))
print(list(map(add5, [1, 2, 3])), list(map(Adder(100), range(3))))

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return "call %d: args=%r kwargs=%r" % (self.calls, args, sorted(kwargs.items()))

c = Counter()
print(c())
print(c(1, 2))
print(c(a=1, b=[2]))
print(c(*[7, 8], **{"z": 0}))
print("total calls:", c.calls)

# A class used as a decorator: the instance wraps the function.
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0
        self.__name__ = func.__name__
    def __call__(self, *args):
        self.count += 1
        result = self.func(*args)
        print("    %s%r -> %r (call #%d)" % (self.__name__, args, result, self.count))
        return result

@CountCalls
def multiply(a, b):
    return a * b

multiply(3, 4)
multiply(5, 6)
print(type(multiply).__name__, multiply.count, multiply.__name__)

# A decorator class taking arguments.
class Repeat:
    def __init__(self, times):
        self.times = times
    def __call__(self, func):
        def wrapper(*args):
            return [func(*args) for _ in range(self.times)]
        return wrapper

@Repeat(3)
def shout(word):
    return word.upper()
print(shout("hey"))

# Memoisation with a callable object.
class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.misses = 0
    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.func(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.misses, len(fib.cache))
print([fib(i) for i in range(15)], fib.misses)

# __call__ looked up on the type, not the instance.
class Plain:
    pass
p = Plain()
p.__call__ = lambda: "instance attribute"
print(callable(p))
try:
    p()
except TypeError as e:
    print("TypeError:", e)

# Adding __call__ to the class later makes existing instances callable.
Plain.__call__ = lambda self, x=0: "class-level call with %r" % (x,)
print(callable(p), p(), p(x=3))

# Callable objects as sort keys and in dispatch tables.
class ByIndex:
    def __init__(self, i):
        self.i = i
    def __call__(self, row):
        return row[self.i]
rows = [("b", 2, 9.0), ("a", 3, 1.5), ("c", 1, 4.2)]
for i in range(3):
    print(sorted(rows, key=ByIndex(i)))

class Op:
    def __init__(self, symbol, fn):
        self.symbol = symbol
        self.fn = fn
    def __call__(self, a, b):
        return "%r %s %r = %r" % (a, self.symbol, b, self.fn(a, b))
ops = [Op("+", lambda a, b: a + b), Op("*", lambda a, b: a * b), Op("max", max)]
for op in ops:
    print(op(6, 7))

# Calling with wrong arguments reports the __call__ signature.
try:
    add5(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    add5()
except TypeError as e:
    print("TypeError:", e)

# Methods and bound methods are callable objects too.
bound = add5.__call__
print(bound(1), callable(bound), bound.__self__ is add5)
