# List operations and methods
xs = [3, 1, 4, 1, 5]
print(xs, len(xs))
print(xs[0], xs[-1], xs[2])
xs.append(9)
print(xs)
print(xs.pop(), xs)
print(xs.pop(0), xs)
xs.insert(1, 7)
print(xs)
xs.insert(100, 8)
xs.insert(-1, 0)
print(xs)
print(xs.index(4), xs.count(1), xs.count(99))
xs.reverse()
print(xs)
xs.sort()
print(xs)
xs.extend([10, 11])
print(xs)
ys = xs
ys.append(12)
print(xs is ys, xs == ys, len(xs))
print([1, 2] + [3], [0] * 4, [] * 3)
print([1, [2, 3], []])
print(4 in xs, 42 in xs, 42 not in xs)
xs[0] = 'first'
print(xs)
m = [[1, 2], [3, 4]]
m[1][0] = 30
print(m, m[1][0])
print(list('abc'), list((1, 2)), list(range(4)))
print(list(), [])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0])
words = ['pear', 'apple', 'fig']
words.sort()
print(words)
words.reverse()
print(words)
print(min([4, 2, 8]), max([4, 2, 8]), sum([]))
n = []
n.append(n == [])
print(n)
print(repr(['a', "b'c"]))
