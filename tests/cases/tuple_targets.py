# Tuple and nested unpacking targets
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = 'x', 'yz'
print(a, b, c)
[p, q] = 10, 20
print(p, q)
p, q = q, p
print(p, q)
x, y, z = 'abc'
print(x, y, z)
(m, n), (o, r) = [[1, 2], (3, 4)]
print(m, n, o, r)
k, v = ('only', 1)
print(k, v)
first, second = {'a': 1, 'b': 2}
print(first, second)
lst = [0, 0, 0, 0]
lst[0], lst[-1] = 'L', 'R'
print(lst)
lst[1:3], w = ['m', 'n', 'o'], 'w'
print(lst, w)
d = {}
d['a'], d['b'] = d['c'], d['d'] = 1, 2
print(d)
a = b = c = [0]
print(a is b is c)
a, b = b, a = 3, 4
print(a, b)
t = 1,
print(t, len(t))
u = ()
print(u, len(u))
v = 1, 2, 3
i, j, k = v
print(i + j + k)
for idx, (ch, num) in [(0, ('a', 1)), (1, ('b', 2))]:
    print(idx, ch, num)
((aa, bb), cc), dd = ((1, 2), 3), 4
print(aa, bb, cc, dd)
s = [1, 2, 3]
s[0], s[1], s[2] = s[2], s[0], s[1]
print(s)
a = [1, 2]
i = 0
i, a[i] = 1, 9
print(i, a)
x = y = 5
x += 1
print(x, y)
e, f = range(2)
print(e, f)
g, h = iter([7, 8])
print(g, h)
