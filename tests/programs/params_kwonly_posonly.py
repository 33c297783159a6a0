# Keyword-only and positional-only parameters, and CPython's error messages.

def kw_only(a, *, b, c=3):
    return (a, b, c)

def pos_only(a, b, /, c, d=4):
    return (a, b, c, d)

def both(a, /, b, *, c):
    return (a, b, c)

def star_kw(*args, key, **rest):
    return (args, key, rest)

def pos_default(a=1, /, b=2):
    return (a, b)

def call(label, thunk):
    try:
        print("%-40s -> %r" % (label, thunk()))
    except TypeError as e:
        print("%-40s -> TypeError: %s" % (label, e))

call("kw_only(1, b=2)", lambda: kw_only(1, b=2))
call("kw_only(a=1, b=2, c=0)", lambda: kw_only(a=1, b=2, c=0))
call("kw_only(1, 2)", lambda: kw_only(1, 2))
call("kw_only(1, 2, 3)", lambda: kw_only(1, 2, 3))
call("kw_only(1, 2, b=3)", lambda: kw_only(1, 2, b=3))
call("kw_only(1, 2, b=3, c=4)", lambda: kw_only(1, 2, b=3, c=4))
call("kw_only(1)", lambda: kw_only(1))
call("kw_only(b=2)", lambda: kw_only(b=2))
call("kw_only(1, b=2, d=4)", lambda: kw_only(1, b=2, d=4))

call("pos_only(1, 2, 3)", lambda: pos_only(1, 2, 3))
call("pos_only(1, 2, c=3, d=5)", lambda: pos_only(1, 2, c=3, d=5))
call("pos_only(1, b=2, c=3)", lambda: pos_only(1, b=2, c=3))
call("pos_only(a=1, b=2, c=3)", lambda: pos_only(a=1, b=2, c=3))
call("pos_only(1, 2)", lambda: pos_only(1, 2))
call("pos_only(1, 2, 3, 4, 5)", lambda: pos_only(1, 2, 3, 4, 5))

call("both(1, 2, c=3)", lambda: both(1, 2, c=3))
call("both(1, b=2, c=3)", lambda: both(1, b=2, c=3))
call("both(1, 2, 3)", lambda: both(1, 2, 3))
call("both(a=1, b=2, c=3)", lambda: both(a=1, b=2, c=3))
call("both()", lambda: both())

call("star_kw(1, 2, key=3)", lambda: star_kw(1, 2, key=3))
call("star_kw(key=0, x=1)", lambda: star_kw(key=0, x=1))
call("star_kw(1, 2)", lambda: star_kw(1, 2))

call("pos_default()", lambda: pos_default())
call("pos_default(5)", lambda: pos_default(5))
call("pos_default(b=7)", lambda: pos_default(b=7))
call("pos_default(a=7)", lambda: pos_default(a=7))

# A positional-only name can also be used as a **kwargs key.
def flexible(name, /, **kwargs):
    return name, kwargs
call("flexible('x', name='y')", lambda: flexible("x", name="y"))

# Methods: self counts as a positional parameter in the messages.
class Shape:
    def scale(self, factor, /, *, around="center"):
        return (factor, around)
s = Shape()
call("s.scale(2)", lambda: s.scale(2))
call("s.scale(2, around='corner')", lambda: s.scale(2, around="corner"))
call("s.scale(factor=2)", lambda: s.scale(factor=2))
call("s.scale(2, 'corner')", lambda: s.scale(2, "corner"))
call("s.scale()", lambda: s.scale())
call("Shape.scale(s, 3)", lambda: Shape.scale(s, 3))

# Many missing arguments are listed with commas and 'and'.
def many(a, b, c, d, *, e, f, g):
    return "ok"
call("many()", lambda: many())
call("many(1)", lambda: many(1))
call("many(1, 2, 3)", lambda: many(1, 2, 3))
call("many(1, 2, 3, 4)", lambda: many(1, 2, 3, 4))
call("many(1, 2, 3, 4, e=5)", lambda: many(1, 2, 3, 4, e=5))
call("many(1, 2, 3, 4, 5, 6)", lambda: many(1, 2, 3, 4, 5, 6))

# Keyword-only arguments given positionally with defaults present.
def opt(a, b=2, *, c=3):
    return (a, b, c)
call("opt(1, 2, 3)", lambda: opt(1, 2, 3))
call("opt()", lambda: opt())

# Introspection of the signature parts through the code object.
code = both.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames[:3])
print(kw_only.__kwdefaults__, pos_only.__defaults__, pos_default.__defaults__)

# Lambdas with the same parameter kinds.
lam = lambda a, /, b, *, c: a + b + c
call("lam(1, 2, c=3)", lambda: lam(1, 2, c=3))
call("lam(1, b=2, c=3)", lambda: lam(1, b=2, c=3))
call("lam(a=1, b=2, c=3)", lambda: lam(a=1, b=2, c=3))
