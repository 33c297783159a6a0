# collections.OrderedDict: move_to_end, popitem in both directions, the
# order-sensitive equality, views, reprs, the | operators and the errors.

from collections import OrderedDict


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


od = OrderedDict()
print(od, len(od), bool(od))
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(reversed(od)))
od['b'] = 20
print(od)
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
od.move_to_end('c', last=False)
od.move_to_end('b', last=True)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update(x=1, y=2)
od.update([('z', 3)])
od.update({'c': 30})
print(od)
print(od.keys(), od.values(), od.items())
print(list(od.keys()), list(od.values()), list(od.items()))
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print('x' in od.keys(), ('x', 1) in od.items(), ('x', 2) in od.items(), 1 in od.values())
print(len(od.keys()), od.keys() == {'a', 'c', 'x', 'y', 'z'}, sorted(od.keys() & {'a', 'q'}))
print(sorted(od.keys() - {'a'}), od.keys().isdisjoint(['q']), sorted(od.items() & {('a', 1)}))

# equality: order matters only between two OrderedDicts
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(a) == b, a == {'y': 2, 'x': 1})
b.move_to_end('y')
print(a == b, a != b)
print(OrderedDict() == OrderedDict(), OrderedDict(a=1) == OrderedDict(a=2))

# construction and class methods
print(OrderedDict([('one', 1), ('two', 2)]), OrderedDict(zip('abc', range(3))))
print(OrderedDict({'k': 'v'}, extra=True), OrderedDict(OrderedDict(p=1)))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys(['x', 'y'], 0))
print(type(OrderedDict.fromkeys('a')).__name__)

# dict methods keep working
o = OrderedDict.fromkeys('abcde', 0)
print(o.pop('b'), o.pop('zz', 'dflt'), o.setdefault('a', 5), o.setdefault('f', 6), o)
del o['c']
print(o, o.get('d'), o.get('q', -1))
c = o.copy()
c.move_to_end('a')
print(type(c).__name__, c, o)
o.clear()
print(o)

# the | operators
base = OrderedDict(a=1, b=2)
print(base | {'c': 3, 'a': 10}, type(base | {}).__name__)
print({'z': 0, 'b': 5} | base, type({} | base).__name__)
base |= [('d', 4)]
print(base)

# reprs: nested and recursive
nest = OrderedDict(inner=OrderedDict(k=[1, 2]))
print(nest)
loop = OrderedDict()
loop['self'] = loop
print(loop)

# an LRU cache on top of OrderedDict


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)


lru = LRU(2)
lru.put(1, 'one')
lru.put(2, 'two')
print(lru.get(1), lru)
lru.put(3, 'three')
print(lru.get(2), lru)
lru.put(4, 'four')
print(lru, lru.capacity)


class LastUpdated(OrderedDict):
    'Store items in the order the keys were last added'

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated(a=1, b=2)
lu['a'] = 3
lu.update(b=4, c=5)
print(lu)

# errors
show('move missing', lambda: OrderedDict(a=1).move_to_end('z'))
show('popitem empty', lambda: OrderedDict().popitem())
show('popitem first empty', lambda: OrderedDict().popitem(last=False))
show('two args', lambda: OrderedDict([], []))
show('update two args', lambda: OrderedDict().update([], []))
show('bad pair', lambda: OrderedDict([(1, 2, 3)]))
show('short pair', lambda: OrderedDict([(1,)]))
show('not iterable', lambda: OrderedDict(5))
show('missing key', lambda: OrderedDict(a=1)['b'])
show('unhashable', lambda: OrderedDict([([1], 2)]))

# an uncaught error: the first key of an empty OrderedDict
pending = OrderedDict(task=1)
pending.popitem()
first = list(pending)[0]
