# Evaluation order with side effects
log = []
def t(name, v):
    print('eval', name)
    return v
print(t('a', 1) < t('b', 2) < t('c', 3))
print(t('a', 1) < t('b', 0) < t('c', 3))
print(t('a', 5) == t('b', 5) != t('c', 6) > t('d', 0))
print(t('x', 0) and t('y', 1))
print(t('x', 1) and t('y', 0) and t('z', 2))
print(t('x', 0) or t('y', '') or t('z', []))
print(t('x', 0) or t('y', 'found') or t('z', 'never'))
print(t('p', True) if t('cond', 0) else t('q', False))
print(t('l', 1) + t('r', 2) * t('rr', 3))
print(t('base', 2) ** t('exp', 3))
print(t('f', max)(t('arg1', 1), t('arg2', 2)))
d = {}
d[t('key', 'k')] = t('value', 'v')
print(d)
lst = [0, 0, 0]
i = 0
lst[i], i = 5, 1
print(lst, i)
i = 0
i, lst[i] = 2, 9
print(lst, i)
x = [1, 2, 3]
a = x[0] = x[1] = 'set'
print(a, x)
b = [0, 0]
j = 0
j = b[j] = 1
print(j, b)
print([t('e1', 1), t('e2', 2)], (t('t1', 1), t('t2', 2)))
print({t('k1', 'a'): t('v1', 1), t('k2', 'b'): t('v2', 2)})
print(not t('n', 0), t('m', 1) is not None)
m = [10, 20, 30]
m[t('idx', 1)] += t('inc', 5)
print(m)
print(t('s', 'abcdef')[t('lo', 1):t('hi', 4):t('st', 2)])
def kw(a, b):
    return a - b
print(kw(b=t('B', 1), a=t('A', 10)))
