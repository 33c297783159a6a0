a = not b and c or d
a = not (b and c) or d
a = b or c and d
a = (b or c) and d
a = b and not c or not d and e
a = not not b
a = -x ** 2
a = (-x) ** 2
a = 2 ** -1
a = 2 ** 3 ** 4
a = (2 ** 3) ** 4
a = -2 ** -3 ** -4
a = a < b < c
a = (a < b) < c
a = a < (b < c)
a = not a == b
a = not a in b
a = a not in b
a = a is not b
a = a is (not b)
a = a if b else c if d else e
a = (a if b else c) if d else e
a = a + b * c - d / e // f % g @ h
a = (a + b) * c
a = a << b >> c
a = a & b | c ^ d
a = a | b & c
a = ~a + -b - +c
a = a == b != c <= d >= e > f < g is h is not i in j not in k
a = a + b < c * d
a = a or b if c else d
a = lambda: a or b
a = -a.b.c[d](e) ** f
a = x[1] ** -y.z
a = not -a
a = a * -b
a = a ** b * c
a = a * b ** c
a = a - b - c
a = a - (b - c)
a = a / b * c
a = a @ b @ c
a = 1 + 2 * 3 ** 4 // 5 - 6 % 7
a = a and b and c or d or e
a = (a, b) == (c, d)
a = a < b == c > d
a = a | b < c
a = not a < b
a = ~a ** b
a = -a[0]
a = +a.b
async def f():
    a = await x ** 2
    a = -await x
    a = await x + await y
    a = not await x
    a = await x.y
    a = await x[0]
    a = await x()
    a = (await x) ** 2
    a = 2 ** await x
b = lambda: (yield)
def g():
    c = lambda: (yield)
    d = (yield) + 1
    e = yield_ or (yield)
