# co_varnames lists locals in the order the compiler first emits them: an
# assignment's value before its targets, a loop's iterable before its target,
# a try's else block before its handlers, a walrus's value before its name.
fn = dflt = deco = base = data = grid = extra = start = z = b = ctx = None
def f1():
    x, y = y, x
def f2():
    for a in b: c = a
    b = 1
def f3():
    try:
        t = 1
    except ValueError as err:
        h = err
    else:
        e2 = 2
    finally:
        fin = 3
def f4(v):
    match v:
        case [p, q] if p > z:
            r = p
        case {'k': w}:
            z = w
def f5():
    with open(fn) as fh, ctx() as (g1, g2):
        body = fh
    fn = 1
def f6():
    if (n := len(data)) > 1:
        data = n
    res = [m for m in range(3) if (last := m)]
def f7():
    @deco
    def inner(a=dflt): pass
    class K(base): pass
    dflt = deco = base = 1
def f8():
    total: int = start
    start = 0
    total += extra
    extra = 1
def f9():
    async_ = [[c for c in row] for row in grid]
    grid = 1
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9):
    print(f.__name__, f.__code__.co_varnames, f.__code__.co_cellvars)
