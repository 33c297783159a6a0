a = [x for x in range(10)]
b = [x * y for x in xs for y in ys]
c = [x for x in xs if x if not x % 2]
d = [(x, y) for x in xs if x for y in ys if y > x]
e = {x for x in xs}
f = {k: v for k, v in items.items()}
g = {k: v for k in ks for v in vs if k != v}
h = (x for x in xs)
i = sum(x for x in xs)
j = sum((x for x in xs), 0)
k = max(x * 2 for x in xs if x)
l = [[y for y in row] for row in matrix]
m = [x for row in matrix for x in row]
n = {x: [y for y in x] for x in xs}
o = [(yield_ := v) for v in vs]
p = [x async for x in ax]
q = [await x for x in xs]
r = [x for x, in pairs]
s = [x for (x, y) in pairs]
t = [x for [x, *rest] in seqs]
u = [i for i in range(3) if (j := i * 2) > 1]
v = [x if x else y for x in xs]
w = [lambda: x for x in xs]
x = [x for x in (yield_ for yield_ in gen)]
y = f(a for a in b)
z = f(*[a for a in b])
aa = {**{k: v for k, v in d}}
bb = [x for x in xs if x if y]
cc = list(
    item
    for item in items
    if item is not None
)
dd = [x for x in a.b.c if x.d]
ee = {(a, b): c for a, b, c in triples}
ff = [f"{x}" for x in xs]
gg = [x for x in [y for y in [z for z in range(3)]]]
hh = [(a, b) for a in range(2) for b in range(a)]
