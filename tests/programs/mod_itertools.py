# itertools: every iterator of the module, their laziness, shared-iterator
# consumption and the errors they raise.

import itertools
from itertools import (accumulate, batched, chain, combinations,
                       combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee,
                       zip_longest)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# count / cycle / repeat
c = count()
print(next(c), next(c), next(c), c)
c = count(10, 5)
print(list(islice(c, 4)), c)
c = count(2.5, 0.5)
print([next(c) for _ in range(3)], c)
print(count(1, 1.0), count(1.0, True), count(-3, -1))
print(list(zip(count(1), 'abc')))
show('count str', lambda: count('a'))
show('count step', lambda: count(0, 'x'))
cy = cycle('ab')
print([next(cy) for _ in range(5)])
print(list(cycle([])))
it = iter([1, 2, 3])
cy = cycle(it)
print(next(cy), next(cy), list(it), next(cy), next(cy), next(cy))
r = repeat('x', 3)
print(r, list(r), r)
print(repeat(7), list(repeat(None, 0)), list(repeat(1, -4)), repeat([1], times=2))
print(list(map(pow, range(5), repeat(2))))
r = repeat(0, 5)
next(r)
print(r.__length_hint__())
show('repeat bad times', lambda: repeat(1, 'a'))
show('repeat hint', lambda: repeat(1).__length_hint__())

# accumulate
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], initial=100)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([[1], [2], [3]])))
show('accumulate types', lambda: list(accumulate([1, 'a'])))

# batched
print(list(batched('ABCDEFG', 3)))
print(list(batched(range(6), 2)), list(batched([], 4)))
show('batched strict', lambda: list(batched('abcde', 2, strict=True)))
print(list(batched('abcdef', 2, strict=True)))
show('batched n=0', lambda: batched('ab', 0))
show('batched n=str', lambda: batched('ab', 'x'))

# chain
print(list(chain('abc', [1, 2], (), range(3))))
print(list(chain()), list(chain.from_iterable(['ab', 'cd', ''])))
ch = chain([1], 5, [2])
print(next(ch))
show('chain non-iterable', lambda: next(ch))
show('chain after error', lambda: next(ch))
print(list(chain.from_iterable(map(range, range(5)))))

# compress, dropwhile, takewhile, filterfalse
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True, False] * 3)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
it = iter(range(10))
tw = takewhile(lambda x: x < 3, it)
print(list(tw), list(it))

# groupby
for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([k for k, g in groupby('AAAABBBCCD')])
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
print([(k, [v for _, v in g]) for k, g in groupby(data, key=lambda p: p[0])])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby('xxyy')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(list(groupby([])))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, ws in groupby(words, key=lambda w: w[0]):
    print(letter, ','.join(ws))

# islice
print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(20), 1, 15, 4)))
print(list(islice(count(), 3, 8)), list(islice([], 5)))
it = iter(range(10))
print(list(islice(it, 0, 5, 2)), list(it))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(islice('abc', None)), list(islice('abcdef', None, None, 3)))
show('islice -1', lambda: islice('abc', -1))
show('islice -5', lambda: islice('abc', -5))
show('islice stop str', lambda: islice('abc', 'x'))
show('islice start neg', lambda: islice('abc', -2, 3))
show('islice step 0', lambda: islice('abc', 0, 3, 0))
show('islice float', lambda: islice('abc', 1.5))
show('islice 1 arg', lambda: islice('abc'))
show('islice 5 args', lambda: islice('abc', 1, 2, 3, 4))
show('islice kw', lambda: islice('abc', stop=2))
show('islice big', lambda: islice('abc', 2 ** 70))

# pairwise, starmap
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [[1, 2], (3, 4, 5), 'ab' and []])))
show('starmap bad', lambda: list(starmap(pow, [1])))

# tee
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
t3 = tee('abc', 3)
print(len(t3), [list(t) for t in t3])
print(tee('ab', 0), type(tee('a')[0]).__name__)
x, y = tee(range(3))
z, w = tee(x)
print(z is x, list(z), list(w), list(y))
show('tee neg', lambda: tee('a', -1))

# zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('ab', range(4), [True])))
print(list(zip_longest()), list(zip_longest([], [])))
show('zip_longest kw', lambda: zip_longest('a', fill=1))
show('zip_longest non-iterable', lambda: zip_longest('a', 3))

# product, permutations, combinations
print(list(product('ab', range(2))))
print(list(product([0, 1], repeat=3)))
print(list(product()), list(product('ab', [])), list(product('ab', repeat=0)))
print(len(list(product(range(3), range(4), range(2)))))
show('product neg repeat', lambda: product('a', repeat=-1))
print(list(permutations('ABC', 2)))
print(list(permutations(range(3))))
print(list(permutations('ab', 3)), list(permutations('ab', 0)), list(permutations([])))
print(len(list(permutations(range(5)))), list(permutations(range(4)))[-3:])
show('permutations neg', lambda: permutations('ab', -1))
print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)), list(combinations('ab', 3)))
print(list(combinations('abc', 0)), list(combinations([], 0)))
show('combinations neg', lambda: combinations('ab', -2))
show('combinations no r', lambda: combinations('ab'))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement(range(2), 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
show('cwr neg', lambda: combinations_with_replacement('ab', -1))

# the iterators are their own iterators and are lazy
for obj in (chain('a'), count(), cycle('a'), repeat(1), islice('a', 1),
            pairwise('ab'), accumulate([1]), compress('a', [1]),
            zip_longest('a'), product('a'), permutations('a'), groupby('a')):
    assert iter(obj) is obj
print(isinstance(chain('a'), chain), type(count()).__name__)
calls = []
def noisy(x):
    calls.append(x)
    return x * 2
m = map(noisy, range(100))
print(list(islice(m, 3)), calls)

# a classic: running totals of a generator and windowed sums
def numbers():
    n = 1
    while True:
        yield n
        n += 1
print(list(takewhile(lambda s: s < 40, accumulate(numbers()))))
print([sum(p) for p in pairwise(islice(numbers(), 6))])
print(sum(1 for _ in combinations(range(10), 4)))

# an uncaught error ends the program with a traceback
first, second = islice(count(), 3)
