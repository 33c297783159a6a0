# Loop variables persist; else clauses; nested continue/break
for i in range(5):
    pass
print('after range loop i =', i)
for ch in 'xyz':
    pass
print('after str loop ch =', ch)
i = 'untouched'
for i in []:
    pass
print('empty loop keeps', i)
for k in range(10):
    if k == 3:
        break
else:
    print('not printed')
print('broke at', k)
for k in range(3):
    pass
else:
    print('else ran, k =', k)
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print('while else, n =', n)
while True:
    n -= 1
    if n < 2:
        break
else:
    print('never')
print('n =', n)
for a in range(4):
    for b in range(4):
        if b > a:
            continue
        if a + b == 5:
            break
        print(a, b, end=' | ')
    else:
        print('inner done', a)
        continue
    print('inner broke at', a, b)
print()
found = None
for row in [[1, 3], [5, 8], [9]]:
    for v in row:
        if v % 2 == 0:
            found = v
            break
    else:
        continue
    break
print('first even', found)
for x, y in [(1, 2), (3, 4)]:
    x += y
print(x, y)
for (p, q), r in [((1, 2), 3), ((4, 5), 6)]:
    print(p, q, r)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
    print('item', item)
cnt = 0
while cnt < 3:
    cnt += 1
    if cnt == 2:
        continue
    print('cnt', cnt)
else:
    print('while finished normally')
for z in range(3, 0, -1):
    print(z, end=',')
print()
for s, e in {'a': 1, 'b': 2}.items():
    print(s, e)
for v in {'a': 1, 'b': 2}.values():
    print(v)
for kk in {'a': 1, 'b': 2}.keys():
    print(kk)
for t in (1, 'two', 3.0, None):
    print(repr(t))
