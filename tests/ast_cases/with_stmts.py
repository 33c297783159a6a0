with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, b, c:
    pass
with open("f") as f, open("g"):
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as b.c, d as e[0]:
    pass
with (a):
    pass
with (a, b):
    pass
with (a as b):
    pass
with (a as b, c as d):
    pass
with (
    open("x") as x,
    open("y") as y,
):
    pass
with (a, b) as c:
    pass
with (a, b) as (c, d):
    pass
with (yield):
    pass
with (a := b) as c:
    pass
with f(x) as y, g(
    z
) as w:
    pass
with a as b, \
     c as d:
    pass
with (a,):
    pass
with (a, b,):
    pass
with (a as b,):
    pass
