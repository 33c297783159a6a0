# collections.Counter: counting, most_common ordering, elements, update and
# subtract, multiset arithmetic, comparisons and reprs.

from collections import Counter


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), ''.join(c.elements()))
print(list(c), list(c.keys()), list(c.values()))

words = 'the quick brown fox jumps over the lazy dog the end fox'.split()
wc = Counter(words)
print(wc)
print(wc.most_common(3))
for word, n in wc.most_common():
    if n > 1:
        print(word, n)

# construction from mappings, keywords and other counters
print(Counter({'red': 4, 'blue': 2}), Counter(cats=4, dogs=8))
print(Counter(), Counter([]), Counter(''), Counter(Counter('aab')))
print(Counter([1, 2, 2, 3, 3, 3]), Counter((True, 1, 1.0, 0)))

# update / subtract
c = Counter(a=3, b=1)
c.update('abc')
print(c)
c.update({'a': 10, 'd': -2})
print(c)
c.update(Counter(e=1), f=5)
print(c)
c.subtract('aaaa')
print(c)
c.subtract({'b': 10}, z=1)
print(c)
c.subtract(Counter(c=2))
print(c)
e = Counter()
e.update({'x': 1, 'y': 2})
print(e)
e.update()
e.subtract()
print(e)

# zero and negative counts stay until stripped
n = Counter(a=2, b=0, c=-3, d=1)
print(n, +n, -n, n.total())
print(sorted(n.elements()))
del n['c']
del n['missing']
print(n)
n['new'] += 5
n['gone'] -= 1
print(n)

# arithmetic
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4, e=-1)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+b, -b)
x = Counter(a=3, b=1)
x += Counter(a=-5, c=2)
print(x)
x = Counter(a=3, b=1)
x -= Counter(a=1, b=5)
print(x)
x = Counter(a=3, b=1, z=-1)
x |= Counter(a=1, b=5)
print(x)
x = Counter(a=3, b=1, c=4)
x &= Counter(a=1, b=5)
print(x)
print(sum([Counter('ab'), Counter('bc'), Counter('cd')], Counter()))

# comparisons treat missing elements as zero
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1))
print(Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1, b=0))
print(Counter('ab') == {'a': 1, 'b': 1}, Counter() == {})

# dict behaviour
c = Counter('hello')
print(c.get('l'), c.get('q'), c.get('q', 'none'), c.pop('h'), c)
print(c.setdefault('z', 7), c, sorted(c.items()))
cp = c.copy()
cp['o'] = 100
print(type(cp).__name__, cp, c)
print(dict(c), isinstance(c, dict))
d = Counter(b=2, a=2, c=5, d=2)
print(d.most_common(), d)
print(Counter({'x': 1.5, 'y': 0.5, 'z': 2}))
print(repr(Counter({'a': [1], 'b': 'x'})))

# a subclass keeps its name in the repr
class Tally(Counter):
    pass


t = Tally('mississippi')
print(t, type(t + t).__name__, t.copy())

# errors
show('fromkeys', lambda: Counter.fromkeys('abc'))
show('not iterable', lambda: Counter(5))
show('two args', lambda: Counter('a', 'b'))
show('unhashable', lambda: Counter([[1]]))
show('add dict', lambda: Counter('a') + {'a': 1})
show('order', lambda: Counter('a') < {'a': 2})
show('most_common str', lambda: Counter('a').most_common('x'))

# an uncaught error: counts are ints, not lists
inventory = Counter(apples=3, pears=2)
print(inventory.most_common(1))
inventory['apples'].append(1)
