x = 1
global g
global a, b, c
def f():
    global x
    global y, z
    x = 2
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        def deeper():
            nonlocal v
        return deeper
    def two():
        nonlocal v, w
    w = 2
    return inner
del x
del a, b
del (a, b)
del [a, b]
del a.b, c[0], d[1:2]
del (a), [b], (c, [d])
del a,
assert x
assert x, "message"
assert isinstance(x, int), f"bad {x!r}"
assert (x,
        y)
raise
raise ValueError
raise ValueError("bad")
raise ValueError("bad") from err
raise E from None
raise a.b.c(d) from e.f
pass
def loop():
    for i in x:
        if i:
            continue
        break
    while True:
        break
    return
