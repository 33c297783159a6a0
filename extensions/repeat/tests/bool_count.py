# A bool is an int, so it is a valid repeat count
repeat True:
    print('True runs once')
repeat False:
    print('False runs never')
n = 0
repeat 3 > 2:
    n += 1
repeat 3 < 2:
    n += 100
print('n =', n)
flags = [True, False, True, True]
total = 0
i = 0
repeat len(flags):
    repeat flags[i]:
        total += 1
    i += 1
print('total =', total)
repeat True + True:
    print('True + True times')
repeat -True:
    print('negative bool never')
