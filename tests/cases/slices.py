# Slicing lists, tuples and strings
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[1:3])
print(a[::2])
print(a[:-1])
print(a[-3:])
print(a[:])
print(a[::-1])
print(a[8:2:-2])
print(a[5:100])
print(a[100:])
print(a[-100:2])
print(a[3:3], a[7:2])
print(a[1::3])
i = 2
j = 6
print(a[i:j], a[i + 1:j - 1])
s = 'abcdefgh'
print(s[1:3], s[::2], s[:-1], s[::-1], s[-2:])
t = (10, 20, 30, 40)
print(t[1:3], t[::-1], t[:0])
b = a[:]
b[0] = 'copy'
print(a[0], b[0])
print(a[-1], a[-10])
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][1:], m[-1][-1])
print('hello world'[6:].upper())
