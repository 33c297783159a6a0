# Dict insertion order after pop / reinsert / update
d = {'a': 1, 'b': 2, 'c': 3}
d.pop('a')
d['a'] = 10
print(d, list(d))
d['b'] = 20
print(d)
d.update({'z': 0, 'b': 200})
print(d)
d.update([('q', 1), ('a', -1)])
print(d)
d.update(k=5, b=6)
print(d)
print(d.setdefault('b', 999), d.setdefault('new', []), d)
d['new'].append(1)
print(d['new'])
print(d.pop('missing', 'dflt'), d.get('missing'), d.get('q', 7))
e = d.copy()
e['a'] = 'changed'
print(d['a'], e['a'])
d.clear()
print(d, len(d), e == d)
f = {1: 'int', 1.0: 'float', True: 'bool'}
print(f)
g = {}
g[(1, 2)] = 'tuple'
g[-0] = 'zero'
g[0.0] = 'fzero'
print(g)
h = dict([('x', 1), ('y', 2)])
print(h, dict(h, z=3), dict(a=1, b=2))
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1})
keys = []
for k in {'m': 1, 'n': 2, 'o': 3}:
    keys.append(k)
print(keys)
dd = {}
for ch in 'mississippi':
    dd[ch] = dd.get(ch, 0) + 1
print(dd)
for k, v in dd.items():
    print(k, v, end='; ')
print()
print(list(dd.values()), sum(dd.values()), max(dd, key=dd.get))
print(sorted(dd.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {'a': {'b': {'c': 1}}}
nested['a']['b']['d'] = 2
print(nested)
print('a' in nested, 'b' in nested, 1 in {1: 2}, 2 in {1: 2})
print(repr({'k': "it's", 'n': None, 't': (1,)}))
