# List aliasing and mutation through aliases
a = b = []
a.append(1)
print(a, b, a is b)
c = [1, 2]
d = c
c += [3]
print(c, d, c is d)
c = c + [4]
print(c, d, c is d)
grid = [[0] * 3] * 3
grid[0][1] = 5
print(grid)
grid2 = [[0] * 3, [0] * 3, [0] * 3]
grid2[0][1] = 5
print(grid2)
inner = [1]
outer = [inner, inner]
inner.append(2)
print(outer, outer[0] is outer[1])
x = [1, 2, 3]
y = x[:]
y[0] = 99
print(x, y)
z = x.copy()
z.append(4)
print(x, z)
t = ([1], 2)
t[0].append(3)
print(t)
m = [1, 2, 3, 4, 5]
m[1:3] = ['a', 'b', 'c', 'd']
print(m)
m[::2] = [0, 0, 0, 0]
print(m)
m[2:2] = [7]
print(m)
m[-1:] = []
print(m)
n = [1, 2, 3]
n[len(n):] = [4, 5]
print(n)
def mutate(lst):
    lst.append('m')
    lst = [0]
    lst.append('n')
    return lst
orig = [1]
print(mutate(orig), orig)
l1 = [3, 1, 2]
l2 = sorted(l1)
l1.sort()
print(l1, l2, l1 == l2, l1 is l2)
e = []
e.extend(e)
e.extend([e])
print(len(e), e[0] is e)
k = [[]] * 2
k[0].append('x')
print(k)
w = [1, 2, 3]
w *= 2
print(w)
