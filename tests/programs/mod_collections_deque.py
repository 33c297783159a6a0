# collections.deque: both ends, maxlen trimming, rotation, indexing,
# comparisons, mutation during iteration and the error messages.

from collections import deque


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d), d[0], d[-1], d[1], d[-2])
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extendleft('ab')
print(d)
print(list(d), list(reversed(d)), tuple(d))
print(3 in d, 'z' in d, d.count(3), d.index(3), d.index('a'))

# maxlen
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
print(b)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b)
b.extendleft([30, 31, 32, 33])
print(b)
z = deque([1, 2], maxlen=0)
z.append(5)
z.extend(range(100))
print(z, len(z))
print(deque('abc', 5), deque(maxlen=2), deque([], None), deque(iterable=[1], maxlen=4))
print(deque([1, 2, 3], 2) * 2, 2 * deque([7]), deque([1, 2]) * 0, deque([1, 2]) * -3)

# last-N lines, a classic use of maxlen
def tail(lines, n):
    return deque(lines, maxlen=n)


print(list(tail(['l%d' % i for i in range(10)], 3)))

# rotation
r = deque(range(7))
r.rotate()
print(r)
r.rotate(3)
print(r)
r.rotate(-5)
print(r)
r.rotate(14)
print(r)
r.rotate(-100)
print(r)
e = deque()
e.rotate(5)
print(e)

# indexing, assignment, deletion, insert, remove, reverse
q = deque('abcdefg')
q[0] = 'A'
q[-1] = 'G'
q[3] = 'D'
print(q)
del q[1]
del q[-2]
print(q)
q.insert(0, 'start')
q.insert(100, 'end')
q.insert(-1, 'pre-end')
q.insert(2, 'mid')
q.insert(-100, 'front')
print(q)
q.remove('mid')
q.remove('front')
print(q)
q.reverse()
print(q)
print([q[i] for i in range(-len(q), len(q))])
print(q.index('c', 2), q.index('c', -5, -1), q.index('D', 0, 100))

# copying, concatenation, repetition and clearing
c = q.copy()
c.append('x')
print(q == c, len(q), len(c), c is q)
both = deque([1, 2]) + deque([3])
print(both, type(both).__name__)
acc = deque([1])
acc += [2, 3]
acc += 'ab'
acc += acc
print(acc)
rep = deque([1, 2])
rep *= 3
print(rep)
m = deque([0], maxlen=4)
m *= 10
print(m)
rep.clear()
print(rep, len(rep))
orig = deque([[1], [2]], maxlen=5)
sh = orig.__copy__()
orig[0].append(99)
orig.append([3])
print(sh, orig, sh.maxlen)

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2, 3]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) < deque([1, 2, 0]))
print(deque([2]) > deque([1, 9]), deque([1, 2]) <= deque([1, 2]), deque() >= deque())
print(deque([1]) == [1], deque([1]) != (1,), deque('ab') == deque(['a', 'b']))
nan = float('nan')
print(deque([nan]) == deque([nan]), deque([1.0]) == deque([1]))

# nested and recursive reprs
n = deque([deque([1]), [2, deque()]])
print(n)
selfref = deque([1])
selfref.append(selfref)
print(selfref)

# iteration
it = iter(deque([1, 2, 3]))
print(next(it), it.__length_hint__(), list(it))
print(list(reversed(deque('xyz'))))


def mutate(name, op):
    dq = deque([1, 2, 3])
    try:
        for x in dq:
            op(dq)
        print(name, 'ok', dq)
    except RuntimeError as e:
        print(name, 'RuntimeError', e)


mutate('append', lambda dq: dq.append(0))
mutate('pop', lambda dq: dq.pop())
mutate('rotate', lambda dq: dq.rotate(1))
mutate('setitem', lambda dq: dq.__setitem__(0, 9))
mutate('reverse', lambda dq: dq.reverse())
mutate('clear', lambda dq: dq.clear())
mutate('count', lambda dq: dq.count(2))
dq = deque([1, 2])
it = iter(dq)
print(list(it))
dq.append(3)
show('exhausted then mutated', lambda: next(it))

# a breadth-first search with a deque as the queue
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}


def bfs(start):
    seen = {start}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


print(bfs('a'))

# a sliding window maximum with a monotonic deque


def window_max(values, k):
    out = []
    dq = deque()
    for i, v in enumerate(values):
        while dq and values[dq[-1]] <= v:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(values[dq[0]])
    return out


print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

# a subclass
class Stack(deque):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
print(s, s.pop(), type(s.copy()).__name__, s.copy())
print(Stack('ab', 4))

# errors
show('pop empty', lambda: deque().pop())
show('popleft empty', lambda: deque().popleft())
show('index out of range', lambda: deque([1])[1])
show('negative index', lambda: deque([1])[-2])
show('set out of range', lambda: deque().__setitem__(0, 1))
show('del out of range', lambda: deque([1]).__delitem__(5))
show('str index', lambda: deque([1])['a'])
show('slice', lambda: deque([1, 2])[0:1])
show('remove missing', lambda: deque([1]).remove(2))
show('index missing', lambda: deque('ab').index('z'))
show('index range', lambda: deque('abc').index('c', 0, 2))
show('insert full', lambda: deque([1], maxlen=1).insert(0, 2))
show('negative maxlen', lambda: deque(maxlen=-1))
show('str maxlen', lambda: deque(maxlen='3'))
show('not iterable', lambda: deque(5))
show('add list', lambda: deque([1]) + [2])
show('mul str', lambda: deque([1]) * 'a')
show('rotate str', lambda: deque([1]).rotate('a'))
show('set maxlen', lambda: setattr(deque(), 'maxlen', 3))
show('order', lambda: deque([1]) < deque(['a']))

# an uncaught error: summing a queue that holds a string
work = deque([3, 4])
work.appendleft('5')
print('work', work)
total = sum(work)
