# bisect: insertion points with lo/hi bounds and key functions, insort on
# lists and list-like objects, and the errors.

import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 13, 20]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3), bisect_left(a, 8, 7, 9))
print(bisect_left(a, 100, 3, 5), bisect_right(a, -1, 4, 8))
print(bisect_left([], 5), bisect_right([], 5))
print(bisect_right(a, 5, hi=None), bisect_left(a, 5, lo=0, hi=len(a)))
print(bisect_right(a, 5, 0, -1), bisect_right(a, 5, 2, -3))

# grades, the classic example


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

# key functions (3.10+): the key applies to the list items, not to x
records = [('ann', 19), ('bob', 24), ('cy', 24), ('dee', 31), ('ed', 45)]
ages = lambda r: r[1]
print(bisect_left(records, 24, key=ages), bisect_right(records, 24, key=ages))
print(bisect_left(records, 30, key=ages), bisect_right(records, 100, key=ages))
print(bisect_left(records, 24, 2, key=ages), bisect_right(records, 24, 0, 1, key=ages))
insort(records, ('fay', 24), key=ages)
insort_left(records, ('gus', 24), key=ages)
insort_right(records, ('hal', 50), key=ages)
insort_left(records, ('ida', 1), key=ages)
print(records)

# insort keeps lists sorted; left/right differ for equal items
data = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    insort(data, x)
print(data)
pairs = []
for item in [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]:
    insort_left(pairs, item, key=lambda p: p[0])
print(pairs)
pairs = []
for item in [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]:
    insort_right(pairs, item, key=lambda p: p[0])
print(pairs)
words = ['apple', 'fig', 'kiwi']
insort(words, 'banana')
insort_left(words, 'fig')
insort(words, 'zucchini', 0, 2)
print(words)

# floats and strings
print(bisect_left([0.5, 1.5, 2.5], 1.5), bisect_right([0.5, 1.5, 2.5], 1.5))
print(bisect_left(['a', 'c', 'e'], 'd'), bisect_right('ace', 'c'))
print(bisect_left(range(0, 100, 5), 42), bisect_right((1, 3, 5, 7), 7))

# a list-like object: insort calls its insert method


class Log:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print('  insert', i, x)
        self.items.insert(i, x)


log = Log()
for x in [3, 1, 2, 3]:
    insort(log, x)
print(log.items)

# comparisons are made only against the items probed
probes = []


class Probe:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        probes.append((self.v, other.v))
        return self.v < other.v


items = [Probe(i) for i in range(0, 16, 2)]
print(bisect_left(items, Probe(7)), probes)
probes.clear()
print(bisect_right(items, Probe(8)), probes)

# errors
show('lo negative', lambda: bisect_left([1, 2], 1, -1))
show('lo negative right', lambda: bisect_right([1, 2], 1, lo=-5))
show('insort lo negative', lambda: insort([1, 2], 1, -1))
show('lo str', lambda: bisect_left([1, 2], 1, 'a'))
show('hi float', lambda: bisect_left([1, 2], 1, 0, 1.5))
show('hi too big', lambda: bisect_left([1, 2, 3], 9, 0, 10))
show('not a sequence', lambda: bisect_left(5, 1))
show('mixed types', lambda: bisect_left([1, 2, 3], 'x'))
show('tuple insort', lambda: insort((1, 2), 3))
show('key not callable', lambda: bisect_left([1, 2], 1, key=5))

# an uncaught error: the index found is past the end
scores = [10, 20, 30]
pos = bisect_right(scores, 35)
print(pos)
print(scores[pos])
