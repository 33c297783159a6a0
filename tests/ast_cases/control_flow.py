if a:
    pass
if a:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a: b()
elif c: d()
else: e()
while x:
    x -= 1
while x:
    break
else:
    pass
for i in range(10):
    continue
for i, j in pairs:
    pass
else:
    pass
for (a, b), c in x:
    pass
for [a, b] in x:
    pass
for x.y in z:
    pass
for x[0] in z:
    pass
for i in 1, 2, 3:
    pass
for i in *a, *b:
    pass
if a:
    if b:
        if c:
            pass
        else:
            pass
while 1: pass
for x in y: pass; pass
if x: pass; y = 1; z = 2
x = 1; y = 2;
