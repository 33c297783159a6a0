# operator: the function forms of the operators, the in-place variants, the
# getter objects with their reprs, and the errors.

import operator
from operator import attrgetter, itemgetter, methodcaller


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# arithmetic and bitwise
print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3))
print(operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3.5))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.invert(5), operator.inv(0), operator.lshift(1, 8), operator.rshift(256, 3))
print(operator.add('ab', 'cd'), operator.mul([0], 3), operator.add((1,), (2,)))
print(operator.and_({1, 2}, {2, 3}), operator.or_({1}, {2}), operator.sub({1, 2}, {2}))

# comparisons and truth
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne('a', 'a'))
print(operator.gt(1, 2), operator.ge(3, 2), operator.lt('abc', 'abd'))
print(operator.not_([]), operator.not_(5), operator.truth(''), operator.truth([0]))
print(operator.is_(None, None), operator.is_not(1, None))

# sequences
s = [10, 20, 30, 40]
print(operator.getitem(s, 1), operator.getitem(s, slice(1, 3)), operator.getitem({'k': 'v'}, 'k'))
operator.setitem(s, 0, 99)
operator.delitem(s, -1)
print(s, operator.contains(s, 20), operator.contains('hello', 'ell'))
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.concat((1,), (2, 3)))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abcb', 'b'))
print(operator.index(7), operator.index(True), operator.length_hint([1, 2, 3]))
print(operator.length_hint(iter(range(10))), operator.length_hint(5, 42))
print(operator.call(max, 3, 9, 4), operator.call(sorted, [3, 1], reverse=True))

# in-place operators mutate mutable objects and rebind immutable ones
lst = [1]
res = operator.iadd(lst, [2, 3])
print(res, lst, res is lst)
print(operator.iadd(1, 2), operator.isub(10, 4), operator.imul('ab', 2))
print(operator.itruediv(9, 2), operator.ifloordiv(9, 2), operator.imod(9, 4))
print(operator.ipow(3, 3), operator.ilshift(1, 4), operator.irshift(64, 2))
print(operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
st = {1, 2}
operator.ior(st, {5})
print(st, operator.iconcat([1], (2,)))

# a user type with the dunders


class Vec:
    def __init__(self, *c):
        self.c = c

    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])

    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])

    def __neg__(self):
        return Vec(*[-a for a in self.c])

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))

    def __iadd__(self, o):
        self.c = tuple(a + b for a, b in zip(self.c, o.c))
        return self

    def __index__(self):
        return len(self.c)

    def __repr__(self):
        return 'Vec%r' % (self.c,)


v = Vec(1, 2)
print(operator.add(v, Vec(3, 4)), operator.mul(v, 3), operator.neg(v))
print(operator.matmul(v, Vec(5, 6)), operator.index(v))
w = operator.iadd(v, Vec(10, 10))
print(w, w is v)

# itemgetter
print(itemgetter(1)('abc'), itemgetter(1, 0)('abc'), itemgetter('x')({'x': 5}))
print(itemgetter(slice(1, None))([1, 2, 3]), itemgetter(-1, 0)((7, 8, 9)))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(1)))
print(itemgetter(1), itemgetter(1, 'a'), itemgetter((1, 2)), repr(itemgetter('k')))

# attrgetter, with dotted names


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


n = Node('root', Node('leaf', Node('deep')))
print(attrgetter('name')(n), attrgetter('child.name')(n), attrgetter('child.child.name')(n))
print(attrgetter('name', 'child.name')(n))
print(attrgetter('real', 'imag')(3 + 4j))
print(sorted([Node('b'), Node('a'), Node('c')], key=attrgetter('name'))[0].name)
print(attrgetter('a.b'), attrgetter('x', 'y.z'), attrgetter('name'))

# methodcaller
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b,c'))
print(methodcaller('split', ',', maxsplit=1)('a,b,c'), methodcaller('count', 'a')('banana'))
print(methodcaller('upper'), methodcaller('split', ',', maxsplit=1), methodcaller('f', 1, [2], k='v'))

# the dunder aliases
print(operator.__add__ is operator.add, operator.__not__(0), operator.__getitem__('xy', 1))
print(operator.__lt__(1, 2), operator.__inv__(1), operator.__iadd__(1, 1))

# reduce-style uses
import functools
print(functools.reduce(operator.mul, range(1, 8)), functools.reduce(operator.or_, [1, 2, 4, 8]))
print(list(map(operator.add, [1, 2, 3], [10, 20, 30])), list(map(operator.neg, [1, -2])))
print(list(filter(operator.truth, [0, 1, '', 'x', None])))

# errors
show('itemgetter()', lambda: itemgetter())
show('itemgetter missing', lambda: itemgetter(5)([1, 2]))
show('itemgetter key', lambda: itemgetter('z')({'a': 1}))
show('attrgetter int', lambda: attrgetter(1))
show('attrgetter mixed', lambda: attrgetter('a', 2))
show('attrgetter missing', lambda: attrgetter('child.nope')(n))
show('attrgetter none', lambda: attrgetter('child.child.child.name')(n))
show('methodcaller()', lambda: methodcaller())
show('methodcaller int', lambda: methodcaller(3))
show('methodcaller missing', lambda: methodcaller('nope')(1))
show('concat int', lambda: operator.concat(1, 2))
show('concat list tuple', lambda: operator.concat([1], (2,)))
show('iconcat int', lambda: operator.iconcat(1, [2]))
show('index str', lambda: operator.index('3'))
show('index float', lambda: operator.index(2.0))
show('indexOf missing', lambda: operator.indexOf([1, 2], 3))
show('add mismatch', lambda: operator.add(1, 'a'))
show('truediv zero', lambda: operator.truediv(1, 0))
show('matmul ints', lambda: operator.matmul(2, 3))
show('contains int', lambda: operator.contains(5, 1))
show('getitem str', lambda: operator.getitem([1], 'a'))
show('delitem missing', lambda: operator.delitem({}, 'k'))
show('neg str', lambda: operator.neg('a'))
show('length_hint bad', lambda: operator.length_hint([], 'x'))

# an uncaught error from a getter result
key = itemgetter(2)
pairs = [(1, 2, 3), (4, 5)]
print([key(p) for p in pairs[:1]])
first, second = key(pairs[0])
