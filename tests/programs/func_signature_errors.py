# Calling functions: defaults evaluated once, keyword-only, positional-only, *args/**kwargs, exact TypeError messages.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def f(a, b, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)
print(f(1, 2, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(*[1, 2], **{"d": 0, "e": 9, "x": 1}))
show("missing d", lambda: f(1, 2))
show("missing a b", lambda: f(d=1))
show("missing b", lambda: f(1, d=1))
show("multiple a", lambda: f(1, 2, a=3, d=4))
show("unexpected", lambda: (lambda x: x)(y=1))
def g(a, b, /, c, *, d):
    return (a, b, c, d)
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
show("posonly as kw", lambda: g(1, b=2, c=3, d=4))
show("posonly both kw", lambda: g(a=1, b=2, c=3, d=4))
show("too many pos", lambda: g(1, 2, 3, 4))
show("missing kwonly", lambda: g(1, 2, 3))
show("missing all", lambda: g())
def h(x, y=2):
    return x, y
show("too many h", lambda: h(1, 2, 3))
show("too many h 4", lambda: h(1, 2, 3, 4))
show("h missing", lambda: h())
show("h unexpected", lambda: h(1, z=2))
def k(*, only):
    return only
show("k positional", lambda: k(1))
show("k missing", lambda: k())
def none():
    return "none"
show("none args", lambda: none(1))
show("none kw", lambda: none(a=1))
def two(a, b):
    return a, b
show("two one", lambda: two(1))
show("two three", lambda: two(1, 2, 3))
def many(a, b, c, d):
    pass
show("missing three", lambda: many(1))
def kwo(*, a, b, c):
    pass
show("missing kwonly three", lambda: kwo())
show("kwonly with pos", lambda: kwo(1, 2, a=0))
def kw_and_pos(a, *, b):
    pass
show("extra pos with kwonly", lambda: kw_and_pos(1, 2))
show("extra pos with kwonly given", lambda: kw_and_pos(1, 2, b=3))
def accumulate(item, bucket=[]):
    bucket.append(item)
    return bucket
print(accumulate(1), accumulate(2), accumulate(3, []), accumulate(4))
def safer(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safer(1), safer(2))
counter = 0
def make_default():
    global counter
    counter += 1
    return counter
def uses(x=make_default()):
    return x
print(uses(), uses(), counter, uses.__defaults__, f.__kwdefaults__, g.__code__.co_posonlyargcount)
def star(*args, **kwargs):
    return args, kwargs
print(star(), star(1, *[2, 3], *(4,), x=1, **{"y": 2}), star(*"ab", **dict(c=3)))
show("star non-iterable", lambda: star(*5))
show("star none", lambda: star(*None))
class Meth:
    def m(self, a):
        return a
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a):
        return a
show("method missing", lambda: Meth().m())
show("method too many", lambda: Meth().m(1, 2))
show("static missing", lambda: Meth.s())
show("classmethod too many", lambda: Meth.c(1, 2))
show("unbound missing self", lambda: Meth.m(1))
show("init args", lambda: Meth(1))
class WithInit:
    def __init__(self, a):
        self.a = a
show("init missing", lambda: WithInit())
show("init too many", lambda: WithInit(1, 2))
g(1, 2, 3, e=5)
