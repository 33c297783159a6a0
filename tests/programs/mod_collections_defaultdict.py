# collections.defaultdict: the default factory, __missing__, reprs, copies,
# the | operators and the errors.

from collections import defaultdict


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# grouping with list
pairs = [('yellow', 1), ('blue', 2), ('yellow', 3), ('blue', 4), ('red', 1)]
groups = defaultdict(list)
for color, n in pairs:
    groups[color].append(n)
print(groups)
print(sorted(groups.items()), len(groups), groups.default_factory)

# counting with int
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts['z'], counts)

# sets, nested defaultdicts and lambdas
links = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (1, 2)]:
    links[a].add(b)
    links[b].add(a)
print(sorted((k, sorted(v)) for k, v in links.items()))
tree = lambda: defaultdict(tree)
root = tree()
root['a']['b']['c'] = 1
root['a']['x'] = 2
print(root['a']['b'], 'c' in root['a']['b'], len(root['a']))
const = defaultdict(lambda: 'n/a', name='bob')
print(const['name'], const['age'], sorted(const))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 5
print(dict(nested['x']), list(nested))

# get / in / setdefault / pop do not call the factory
d = defaultdict(list, {'k': [1]})
print(d.get('missing'), 'missing' in d, d.setdefault('s', [9]), d.pop('k'), d)
print(d.get('other', 'dflt'), len(d))

# the factory may be None or replaced
n = defaultdict()
print(n, n.default_factory)
show('missing with None', lambda: n['x'])
n.default_factory = str
print(n['x'] == '', n)
n.default_factory = None
show('missing after reset', lambda: n['y'])
show('tuple key', lambda: defaultdict()[(1, 2)])

# construction like dict
print(defaultdict(int, a=1, b=2), defaultdict(list, [('p', [1])]), defaultdict(None, {}))
print(defaultdict(int, {'x': 1}, y=2) == {'x': 1, 'y': 2})
print(isinstance(defaultdict(), dict), type(defaultdict(int)).__name__)

# copies keep the factory
orig = defaultdict(list, a=[1])
cp = orig.copy()
cp['a'].append(2)
cp['b'].append(3)
print(type(cp).__name__, cp.default_factory, cp, orig)
cp2 = orig.__copy__()
print(cp2, cp2 is orig)

# the | operators
left = defaultdict(int, a=1)
both = left | {'b': 2}
print(both, type(both).__name__)
rboth = {'z': 0} | left
print(rboth, type(rboth).__name__)
left |= {'c': 3}
print(left)

# reprs: recursion, user factories, subclasses
def make():
    return 'made'


rd = defaultdict(make)
rd['k']
print(rd)
selfref = defaultdict(list)
selfref['me'] = selfref
print(selfref)


class Factory:
    def __call__(self):
        return 0

    def __repr__(self):
        return 'Factory()'


print(defaultdict(Factory(), q=1))


class Registry(defaultdict):
    def __init__(self):
        super().__init__(list)


reg = Registry()
reg['x'].append(1)
print(reg, isinstance(reg, defaultdict))


class Tracking(defaultdict):
    def __missing__(self, key):
        print('  missing', key)
        return super().__missing__(key)


tr = Tracking(lambda: 42)
print(tr['a'], tr['a'], tr)

# errors
show('not callable', lambda: defaultdict(5))
show('not callable str', lambda: defaultdict('list'))
show('factory raises', lambda: defaultdict(lambda: 1 / 0)['x'])
show('unhashable', lambda: defaultdict(list)[[1]])

# an uncaught error: a plain dict made from the defaultdict has no default
scores = defaultdict(int)
scores['ann'] += 3
plain = dict(scores)
print(plain)
print(plain['bob'])
