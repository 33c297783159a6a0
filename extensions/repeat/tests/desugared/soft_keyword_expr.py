# repeat as an ordinary name in expressions, dict keys and call statements
repeat = 5
print(repeat + 1)
x = repeat -1
print(x)
repeat -1
repeat
print(repeat * 2, -repeat, repeat ** 2)
d = {'repeat': repeat, repeat: 'five'}
print(d['repeat'], d[repeat], d[5])
d[repeat] = repeat + 10
print(d)
for _ in range(-2):
    print('negative count: never')
for _ in range((repeat - 3)):
    print('parenthesised count')
def repeat(s):
    print('repeat() called with', s)
    return s * 2
repeat('ab')
repeat ('cd')
print(repeat(repeat('e')))
for _ in range(len(repeat('z'))):
    print('count from the repeat function')
t = (repeat, 1)
print(t[1], callable(t[0]))
