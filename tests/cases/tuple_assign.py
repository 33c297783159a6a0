# Tuple targets, swaps and chained assignment
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = (3, 4)
print(c, d)
e, f = [5, 6]
print(e, f)
x = y = z = 0
print(x, y, z)
x = 9
print(x, y, z)
p = q = []
p.append(1)
print(p, q, p is q)
first, second, third = 'abc'
print(first, second, third)
(m, n), o = (1, 2), 3
print(m, n, o)
lst = [0, 0, 0]
lst[0], lst[2] = 'L', 'R'
print(lst)
i = 0
i, lst[i] = 2, 'X'
print(i, lst)
d = {}
d['k'] = d['j'] = 7
print(d)
k, v = ('key', 'value')
print(k + '=' + v)
fa, fb = 0, 1
for _ in range(10):
    fa, fb = fb, fa + fb
print(fa, fb)
s = 1,
print(s)
