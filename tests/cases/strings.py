# String operations
s = 'Hello, World'
t = "double quoted"
print(s)
print(t)
print(len(s), s[0], s[-1], s[4])
print(s.upper(), s.lower())
print('  padded  '.strip() + '|')
print(s.split(', '))
print('a b  c'.split())
print('-'.join(['x', 'y', 'z']))
print(s.replace('l', 'L'))
print(s.startswith('Hell'), s.endswith('xyz'))
print(s.find('World'), s.find('nope'))
print('ab' * 3, 'ab' + 'cd')
print('lo' in s, 'xyz' not in s)
print('apple' < 'banana', 'Z' < 'a', 'abc' == 'abc')
print(str(42) + str(True) + str(None))
print(repr('quote\'s'), repr("plain"))
print(repr('a"b'), repr('a\'b"c'))
words = 'the quick brown fox'.split(' ')
print(len(words), words)
u = ''
for w in words:
    u = u + w.upper()[0]
print(u)
print('x' * 0 == '', '' * 5)
print('abc' * -1 == '')
print(s[0:5], s[7:])
print('mississippi'.replace('ss', 'SS'))
print(','.join('abc'))
print('one,two,,three'.split(','))
print(str(3.5), str(-7), str([1, 'a']))
print(len(''), len('unicode: é'))
