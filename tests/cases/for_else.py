# for loops over various iterables, with else
for x in [1, 2, 3]:
    print('list', x)
for x in (4, 5):
    print('tuple', x)
for ch in 'hey':
    print('str', ch)
for i in range(3):
    print('range', i)
for i in range(2, 10, 3):
    print('range step', i)
for i in range(5, 0, -2):
    print('range down', i)
for k in {'a': 1, 'b': 2}:
    print('dict key', k)
for k, v in {'a': 1, 'b': 2}.items():
    print('item', k, v)
for a, b in [(1, 2), (3, 4)]:
    print('pair', a + b)
for x in []:
    print('never')
else:
    print('else after empty loop')
for n in [2, 3, 4, 5]:
    if n % 4 == 0:
        print('found multiple of 4:', n)
        break
else:
    print('not printed')
for n in [1, 3, 5]:
    if n % 2 == 0:
        print('even found')
        break
else:
    print('no even number')
print('loop variable survives:', n)
print(list(range(0)), list(range(-3)), list(range(1, 4)))
print(len(range(10)), len(range(2, 9, 3)))
