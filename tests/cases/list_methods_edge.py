# List method edge cases
l = [1, 2, 3, 2, 1]
print(l.pop(), l.pop(0), l.pop(-2), l)
l = [1, 2, 3]
l.insert(100, 'end')
l.insert(-100, 'start')
l.insert(-1, 'before-last')
l.insert(1, 'one')
print(l)
l = ['a', 'b', 'a', 'c', 'a']
print(l.index('a'), l.index('a', 1), l.index('a', 3), l.index('c', -3), l.count('a'), l.count('z'))
l.remove('a')
print(l)
l.extend('xy')
l.extend((1, 2))
l.extend(range(2))
l.extend({'k': 1})
print(l)
l.clear()
print(l, len(l))
m = [3, 1, 2]
m2 = m.copy()
m.reverse()
print(m, m2)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print([1, [2, 3]] == [1, [2, 3]], [0] * 0, [None] * 3, len([[]] * 5))
n = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(n[::3], n[-2::-3], n[8:2:-2], n[100:], n[-100:2], n[::-1][::2])
print(n[2:8][1:3], n[-1], n[-len(n)], n[len(n) - 1])
s = n[:]
s[::3] = ['a', 'b', 'c', 'd']
print(s)
s[1:9] = []
print(s)
st = []
st.append(1)
st.append(2)
st.append(3)
print(st.pop(), st.pop(), st, st.pop(), st)
q = [1, 2, 3]
q.append(q.pop(0))
q.append(q.pop(0))
print(q)
print(list((1, 2)), list('ab'), list(range(3, -3, -2)), list({'x': 1, 'y': 2}), list({'x': 1}.items()))
print(sum([[1], [2, 3]], []), max([[1], [1, 0]]), min([(2, 'a'), (1, 'z')]))
big = list(range(1000))
print(sum(big), big[500:505], len(big[::7]), big.index(999))
aa = [1, 2, 3]
aa[1] += 10
aa[-1] *= 2
aa[0] -= 100
print(aa)
nested = [[1, 2], [3, 4]]
nested[1][0] **= 3
nested[0] += [9]
print(nested)
