f0 = lambda: 0
f1 = lambda x: x
f2 = lambda x, y: x + y
f3 = lambda x=1, y=2: x * y
f4 = lambda *args: args
f5 = lambda **kwargs: kwargs
f6 = lambda *args, **kwargs: (args, kwargs)
f7 = lambda a, /, b, *, c: (a, b, c)
f8 = lambda a, b=2, /, c=3, *d, e, f=6, **g: None
f9 = lambda *, k: k
f10 = lambda a, /: a
f11 = lambda a=1, /: a
f12 = lambda a, /, *, b=1: b
f13 = lambda x: lambda y: lambda z: x + y + z
f14 = lambda: (yield)
f15 = lambda x: x if x else None
f16 = lambda *a, k=1: k
f17 = lambda a, b, *c, d=None, **e: 0
f18 = lambda: [x for x in range(3)]
f19 = lambda x=lambda: 1: x()
f20 = (lambda
       x: x)
f21 = lambda a,: a
f22 = lambda *a,: a
f23 = lambda **k,: k
f24 = lambda x, /, y=2, *, z=3,: z
sorted(items, key=lambda kv: (kv[1], kv[0]))
