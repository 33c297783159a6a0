# heapq: the exact list layouts the sift algorithms produce, the max/min
# selections, merging, and the errors.

import heapq
from heapq import (heapify, heappop, heappush, heappushpop, heapreplace,
                   merge, nlargest, nsmallest)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# heappush builds a layout that depends on the insertion order
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heappush(h, x)
    print(h)
while h:
    print(heappop(h), h)

# heapify of several inputs
for data in ([9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
             [1, 2, 3, 4, 5, 6, 7, 8, 9],
             [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4],
             [], [42], [2, 1], ['pear', 'apple', 'fig', 'kiwi', 'banana']):
    d = list(data)
    heapify(d)
    print(d)

# a deterministic pseudo-random sequence
seq = []
x = 12345
for i in range(40):
    x = (x * 1103515245 + 12345) % 2147483648
    seq.append(x % 100)
h = list(seq)
heapify(h)
print(h)
print([heappop(h) for _ in range(10)])
print(h)
print(heapreplace(h, 50), h)
print(heappushpop(h, 1), h)
print(heappushpop(h, 99), h)
print(heappushpop([], 5))

# tuples as priority-queue entries
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (5, 'ship')]:
    heappush(tasks, (prio, name))
print(tasks)
print([heappop(tasks) for _ in range(len(tasks))])

# objects ordered by __lt__ only


class Job:
    def __init__(self, prio, label):
        self.prio = prio
        self.label = label

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return 'Job(%d, %s)' % (self.prio, self.label)


jobs = [Job(4, 'a'), Job(2, 'b'), Job(4, 'c'), Job(1, 'd'), Job(2, 'e')]
heapify(jobs)
print(jobs)
print([heappop(jobs) for _ in range(5)])

# nlargest / nsmallest, with keys and ties
nums = [5, 1, 8, 3, 9, 2, 8, 7, 1]
print(nlargest(3, nums), nsmallest(3, nums))
print(nlargest(1, nums), nsmallest(1, nums), nlargest(0, nums), nsmallest(-2, nums))
print(nlargest(20, nums), nsmallest(20, nums))
print(nlargest(3, iter(nums)), nsmallest(4, iter(nums)))
print(nlargest(2, []), nsmallest(1, []), nlargest(3, iter([])))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'gg']
print(nlargest(3, words, key=len), nsmallest(3, words, key=len))
print(nlargest(4, iter(words), key=len), nsmallest(4, iter(words), key=len))
people = [('ann', 31), ('bob', 25), ('cy', 31), ('dee', 25), ('ed', 40)]
print(nsmallest(2, people, key=lambda p: p[1]))
print(nlargest(2, people, key=lambda p: p[1]))
print(nlargest(1, people, key=lambda p: p[1]), nsmallest(1, people, key=lambda p: p[1]))

# merge
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(merge([7, 5, 1], [8, 2], [9, 6, 0], reverse=True)))
print(list(merge([(1, 'a'), (3, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0])))
print(list(merge([3, 'x'][:1], [1, 2])), list(merge()), list(merge([], [])))
print(list(merge(['b', 'd'], ['a', 'c', 'e'], reverse=False)))
m = merge(iter(range(0, 10, 3)), iter(range(1, 10, 3)))
print(next(m), next(m), list(m))

# heap sort
def heapsort(iterable):
    h = []
    for value in iterable:
        heappush(h, value)
    return [heappop(h) for _ in range(len(h))]


print(heapsort(seq))
print(heapsort(seq) == sorted(seq))

# errors
show('pop empty', lambda: heappop([]))
show('replace empty', lambda: heapreplace([], 1))
show('push tuple', lambda: heappush((), 1))
show('pop tuple', lambda: heappop((1,)))
show('heapify tuple', lambda: heapify((3, 1)))
show('pushpop tuple', lambda: heappushpop((), 1))
show('replace tuple', lambda: heapreplace((1,), 1))
show('mixed', lambda: heapify([1, 'a', 2]))
show('push mixed', lambda: heappush([1], 'a'))
print(sorted(name for name in heapq.__all__))

# an uncaught error: popping too many from a drained queue
q = [3, 1, 2]
heapify(q)
out = [heappop(q), heappop(q), heappop(q)]
print(out)
print(q[0])
