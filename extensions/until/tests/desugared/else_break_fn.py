# until/else: else runs only when the condition becomes true, not after break
def search(xs, bad):
    i = 0
    while not (i == len(xs)):
        if xs[i] == bad:
            print('break at', i)
            break
        i += 1
    else:
        print('else: no', bad, 'in', xs)
        return 'clean'
    return 'found'
print(search([1, 2, 3], 2))
print(search([1, 2, 3], 9))
print(search([], 9))
n = 0
while not (n > 2):
    n += 1
    if n == 1:
        continue
    print('n', n)
else:
    print('else after continue path, n =', n)
while not (True):
    print('never')
else:
    print('else with true condition')
m = 1
while not (m >= 5):
    m += 1
    while not (m % 2 == 0):
        m += 1
        break
    else:
        print('inner else at m', m)
else:
    print('outer else at m', m)
