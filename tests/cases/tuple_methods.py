# Tuples: methods, comparison, hashing as dict keys, immutability of identity
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(7), t.index(1), t.index(5, 5), t.index(5, -3))
print(t[::2], t[-3:], t[::-1][:3], len(t), min(t), max(t), sum(t))
print((1, 2) < (1, 2, 3), (2,) > (1, 9, 9), () < (0,), (1, 'a') < (1, 'b'))
print((1, (2, 3)) == (1, (2, 3)), (1,) * 3, (1, 2) + (3,), tuple([1, 2]) + tuple('ab'))
pts = {}
pts[(0, 0)] = 'origin'
pts[(1, 2)] = 'a'
pts[1, 2] = 'b'
print(pts, pts[0, 0])
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
print(tuple(), tuple(range(3)), tuple({'x': 1}), tuple(reversed((1, 2, 3))))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[-1][-1][-1])
print(repr((1,)), repr(()), repr(('a', "b'c")), str((None, True, 1.5)))
e = ()
print(bool(e), e == (), len(e), sorted((2, 3, 1)), list(reversed(t))[:2])
for i, v in ((0, 'a'), (1, 'b')):
    print(i, v)
print(divmod(10, 3) == (3, 1), divmod(10, 3)[0])
x = 1, 2, 3
print(x, 2 in x, 4 not in x)
