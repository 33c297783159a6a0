# Slice bounds that themselves contain colons (lambdas, dicts) and empty bounds.
x = [1, 2, 3, 4, 5]
d = {1: 2}
print(x[d[1]:4], x[(lambda: 1)():], x[::2], x[1:], x[:2], x[1:4:2], x[:], x[::])
print(x[{1: 2}[1]:], x[:{0: 3}[0]:{5: 2}[5]])
s = 'abcdef'
print(s[(lambda n: n)(1):-1:2], s[::-1], s[-2:], s[:-2])
