a, *b = seq
*a, b = seq
a, *b, c = seq
[a, *b] = seq
(*a,) = seq
*a, = seq
first, *middle, last = 1, 2, 3, 4
(a, b), *c = x
for a, *b in items:
    pass
for *a, b in items:
    pass
f(*args)
f(*args, **kwargs)
f(a, *b, c, *d, e=1, **f, g=2, **h)
f(**{"a": 1})
f(*a, *b)
x = [*a, *b, c]
y = (*a, *b)
z = {*a, *b}
w = {**a, "k": 1, **b}
t = *a, *b
u = *a,
def g():
    return *a, *b
def h():
    yield *a, *b
def i():
    return 1, *rest
s[*idx]
s[1, *idx]
s[*a, *b] = v
s[*a, b:c]
print(*[1, 2], sep="")
for x in *a, *b:
    pass
v = [*range(3)]
x = yield_ = *a, b
