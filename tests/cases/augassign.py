# Augmented assignment with every operator
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 7
print(x)
x **= 3
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
x &= 15
print(x)
x |= 48
print(x)
x ^= 7
print(x)
x /= 4
print(x)
s = 'ab'
s += 'cd'
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t += (2,)
print(t)
d = {'n': 1}
d['n'] += 10
d['n'] *= 2
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 5
m[0][1] -= 1
print(m)
y = -7
y //= 2
print(y)
y = -7
y %= 3
print(y)
big = 2
big **= 100
print(big)
f = 1.5
f += 1
f *= 2
print(f)
