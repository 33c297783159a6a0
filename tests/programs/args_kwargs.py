# *args / **kwargs: collecting, forwarding, unpacking at call sites.

def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, kwargs)

print(show())
print(show(1, 2))
print(show(a=1))
print(show(1, "two", x=3, y=[4]))
print(show(*[1, 2, 3]))
print(show(*"ab", *(1,), 0))
print(show(**{"k": "v"}, z=0))
print(show(*range(3), **{"a": 1}, **{"b": 2}))
print(show(1, *[2, 3], 4, *(), k=1, **{"m": 2}))

# Mixing regular parameters, defaults, *args and **kwargs.
def full(a, b=2, *args, c, d=4, **kwargs):
    return dict(a=a, b=b, args=args, c=c, d=d, kwargs=kwargs)

print(full(1, c=3))
print(full(1, 20, 30, 40, c=3))
print(full(1, c=3, d=5, e=6, f=7))
print(full(*[1, 2, 3], **{"c": 0, "z": 9}))
print(full(a=1, b=2, c=3))

# args is always a tuple, kwargs always a new dict.
def types(*args, **kwargs):
    return type(args).__name__, type(kwargs).__name__
print(types(), types(1, k=2))
original = {"x": 1}
def mutate(**kw):
    kw["x"] = 100
    return kw
print(mutate(**original), original)

# Forwarding arguments through wrappers.
def log_call(fn):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + ["%s=%r" % kv for kv in sorted(kwargs.items())]
        result = fn(*args, **kwargs)
        print("    %s(%s) -> %r" % (fn.__name__, ", ".join(parts), result))
        return result
    return wrapper

@log_call
def volume(l, w=1, h=1):
    return l * w * h
volume(2)
volume(2, 3)
volume(2, h=5)
volume(l=1, w=2, h=3)
volume(*(4, 5), **{"h": 6})

# Summing with *args, and keyword settings.
def total(*nums, start=0):
    result = start
    for n in nums:
        result += n
    return result
print(total(), total(1, 2, 3), total(*range(101)), total(1, 2, start=100))

# Keyword arguments preserve call order.
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1}, a=2))

# Unpacking in literals.
a, b = [1, 2], (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*"hi", *range(2)])
d1, d2 = {"x": 1}, {"y": 2, "x": 0}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1})

# Errors in calls with unpacking.
def two(p, q):
    return p, q
for thunk in [lambda: two(*[1]), lambda: two(*[1, 2, 3]), lambda: two(1, **{"p": 2}),
              lambda: two(**{"p": 1, "q": 2, "r": 3}), lambda: two(*5), lambda: two(**[1]),
              lambda: show(**{1: 2}), lambda: show(a=1, **{"a": 2})]:
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError:", e)

# A function that accepts anything and dispatches.
def describe(*args, **kwargs):
    if not args and not kwargs:
        return "nothing"
    if len(args) == 1 and not kwargs:
        return "one positional: %r" % (args[0],)
    return "%d positional, %d keyword (%s)" % (len(args), len(kwargs), ",".join(sorted(kwargs)))
print(describe(), describe(5), describe(1, 2, x=1), describe(k=0, j=1))

# Default values are evaluated once at definition time.
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_safe(1), append_safe(2))
print(append_to.__defaults__, full.__kwdefaults__)
