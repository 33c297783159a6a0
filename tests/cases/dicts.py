# Dictionaries
d = {'a': 1, 'b': 2}
print(d)
print(d['a'], d['b'])
d['c'] = 3
print(d, len(d))
d['a'] = 100
print(d)
print('a' in d, 'z' in d, 'z' not in d)
print(d.get('b'), d.get('zz'), d.get('zz', 0))
print(list(d.keys()))
print(list(d.values()))
print(list(d.items()))
print(d.pop('b'), d)
print(d.pop('nope', 'default'))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)
e = {}
print(e, len(e))
e[1] = 'one'
e[(1, 2)] = 'tuple key'
e[2.5] = 'float key'
e[True] = 'true overwrites 1'
print(e)
nested = {'x': {'y': [1, 2, {'z': 'deep'}]}}
print(nested['x']['y'][2]['z'])
nested['x']['y'][0] = 'changed'
print(nested)
print(dict(), dict(d), dict([('p', 1), ('q', 2)]))
print({'k': 1} == {'k': 1}, {'k': 1} == {'k': 2})
counts = {}
for ch in 'banana':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sum(counts.values()), max(counts.values()))
