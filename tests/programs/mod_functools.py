# functools: reduce, partial, wraps/update_wrapper, lru_cache and cache with
# their statistics, cmp_to_key, total_ordering, cached_property and
# singledispatch, with the errors they raise.

import functools
from functools import (cache, cached_property, cmp_to_key, lru_cache, partial,
                       reduce, singledispatch, total_ordering, update_wrapper,
                       wraps)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, ch: ch + acc, 'abc', ''), reduce(lambda a, b: a + b, [], 'init'))
print(reduce(lambda a, b: a + b, [[1], [2], [3]]), reduce(lambda a, b: a, [7]))
show('reduce empty', lambda: reduce(lambda a, b: a + b, []))
show('reduce not iterable', lambda: reduce(lambda a, b: a + b, 5))
show('reduce keyword', lambda: reduce(lambda a, b: a, [1], initial=0))
show('reduce no args', lambda: reduce())

# partial
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(10, mod=7), square(4, exp=3))
print(square.func is power, square.args, square.keywords, two_to.args, two_to.keywords)
p1 = partial(power, 3)
p2 = partial(p1, mod=5)
print(p2.func is power, p2.args, p2.keywords, p2(4))
print(partial(max, 1, 2)(3, 0), partial(sorted, key=len)(['ccc', 'a', 'bb']))
print(partial(int, base=2)('1010'), list(map(partial(pow, 2), range(5))))
print(repr(partial(len)))
print(repr(partial(max, 1, key=abs)))
print(repr(partial(partial(max, 1), 2, default=0)))
show('partial no args', lambda: partial())
show('partial not callable', lambda: partial(5))
show('partial readonly', lambda: setattr(partial(len), 'func', max))


class Greeter:
    def hello(self, greeting, name):
        return '%s, %s' % (greeting, name)


g = Greeter()
hi = partial(g.hello, 'hi')
print(hi('bob'), partial(Greeter.hello, g, 'yo')('ann'))

# wraps and update_wrapper


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, args)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__qualname__, add.__wrapped__(1, 1))
print(add.__module__, add.__wrapped__.__name__)


def plain(x):
    'plain doc'
    return x


plain.tag = 'tagged'


def shim(*args):
    return plain(*args)


update_wrapper(shim, plain)
print(shim.__name__, shim.__doc__, shim.tag, shim.__wrapped__ is plain, shim(9))


class CallableThing:
    def __call__(self):
        return 'called'


thing = CallableThing()
wrapped_thing = update_wrapper(lambda: thing(), thing)
print(wrapped_thing.__name__, wrapped_thing.__wrapped__ is thing, wrapped_thing())
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
print([fib(n) for n in range(10)], fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

calls = []


@lru_cache(maxsize=2)
def square_of(n):
    calls.append(n)
    return n * n


for n in [1, 2, 1, 3, 2, 1, 1]:
    square_of(n)
print(calls, square_of.cache_info())
print(square_of.cache_parameters(), square_of.__wrapped__(7), square_of.__name__)


@lru_cache
def ident(x):
    calls.append(('ident', x))
    return x


calls.clear()
ident(1)
ident(1.0)
ident(True)
ident('a')
ident('a')
print(calls, ident.cache_info())


@lru_cache(typed=True)
def typed_ident(x):
    return type(x).__name__


print(typed_ident(1), typed_ident(1.0), typed_ident(True), typed_ident.cache_info())


@lru_cache(maxsize=0)
def uncached(x):
    return x


print(uncached([1]), uncached([1]), uncached.cache_info())


@lru_cache()
def kw(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(kw(1), kw(1, 2), kw(1, b=2), kw(b=2, a=1), kw(1, 2, c=3), kw(1, 2))
print(calls, kw.cache_info())
show('unhashable arg', lambda: kw([1]))
print(kw.cache_info())
show('lru bad maxsize', lambda: lru_cache('x'))
print(lru_cache(maxsize=-5)(len).cache_info())


@cache
def slow_double(n):
    calls.append(n)
    return 2 * n


calls.clear()
print(slow_double(4), slow_double(4), calls, slow_double.cache_info())


class Stats:
    def __init__(self, data):
        self.data = data

    @lru_cache(maxsize=4)
    def total(self, scale=1):
        return sum(self.data) * scale


s1 = Stats([1, 2, 3])
print(s1.total(), s1.total(), s1.total(2), Stats.total.cache_info())

# cmp_to_key


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(max(words, key=cmp_to_key(by_length_then_reverse)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) != K(3), K(5) > K(1), K(1) >= K(2))
print(K(7).obj)
show('key compare other', lambda: K(1) < 2)

# total_ordering


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b >= a, a <= a)
print(sorted([Version(2), Version(1, 5), Version(1, 0, 1)]))
print(Version.__gt__.__name__, Version.__le__.__name__)
show('total_ordering other', lambda: a >= 3)


@total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __eq__(self, other):
        return self.kg == other.kg

    def __gt__(self, other):
        return self.kg > other.kg


print(Weight(1) < Weight(2), Weight(1) >= Weight(2), Weight(2) <= Weight(2))


class Plain:
    pass


show('no ordering', lambda: total_ordering(Plain))

# cached_property


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        """The area."""
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, 'area' in vars(c))
c.area = 100
print(c.area, c.computed)
del c.area
print(c.area, c.computed)
print(Circle.area.__doc__, type(Circle.area).__name__, Circle.area.attrname)

# singledispatch


@singledispatch
def describe(obj):
    return 'object %r' % (obj,)


@describe.register(int)
def _(obj):
    return 'int %d' % obj


@describe.register(list)
def _(obj):
    return 'list of %d' % len(obj)


def describe_str(obj):
    return 'str %s' % obj


describe.register(str, describe_str)
print(describe(3), describe(True), describe([1, 2]), describe('x'), describe(2.5))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.registry[object])
show('dispatch no args', lambda: describe())

# an uncaught error: a hit rate computed on a cleared cache
volume = partial(lambda l, w, h: l * w * h, 2, 3)
print(volume(4))
fib.cache_clear()
info = fib.cache_info()
print(info)
print('hit rate', info.hits / (info.hits + info.misses))
