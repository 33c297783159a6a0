if (n := len(a)) > 10:
    pass
if x := f():
    pass
while (line := read()) != "":
    process(line)
while chunk := stream.read(8192):
    pass
ys = [y for x in xs if (y := f(x)) is not None]
zs = [(w := x) for x in xs]
print(total := 10)
f(a := 1, b := 2)
f(x, (y := 2), z=(w := 3))
(a := 1)
x = (y := 0)
v = [z := 1, z + 1]
s = {t := 1}
d = {(k := 1): (v := 2)}
g = (q := 1, 2)
h = a[b := 1]
i = a[(b := 1):2]
elif_ = (x := 1) if (y := 2) else (z := 3)
assert (r := compute())
lam = lambda: (x := 1)
def f(p=(x := 1)):
    return (y := p)
while (a := a - 1) and (b := b + 1):
    pass
any((found := item) == target for item in items)
