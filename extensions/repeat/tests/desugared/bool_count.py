# A bool is an int, so it is a valid repeat count
for _ in range(True):
    print('True runs once')
for _ in range(False):
    print('False runs never')
n = 0
for _ in range(3 > 2):
    n += 1
for _ in range(3 < 2):
    n += 100
print('n =', n)
flags = [True, False, True, True]
total = 0
i = 0
for _ in range(len(flags)):
    for _ in range(flags[i]):
        total += 1
    i += 1
print('total =', total)
for _ in range(True + True):
    print('True + True times')
for _ in range(-True):
    print('negative bool never')
