a = b if c else d
a = b if c else d if e else f
a = (b if c else d) if e else f
a = b if (c if d else e) else f
a = lambda: b if c else d
a = (lambda: b) if c else d
a = not b if c else d
a = b or c if d and e else f or g
f(x if y else z, key=a if b else c)
a = [x if x > 0 else -x for x in xs]
a = b if c else (yield)
a = 1 if True else 2 if False else 3 if None else 4
a = (b
     if c
     else d)
a = b + c if d - e else f * g
a = b if c else lambda: d
a = await_ if async_ else match
