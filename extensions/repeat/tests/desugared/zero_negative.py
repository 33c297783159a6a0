# repeat with zero or negative counts runs the body zero times
for _ in range(0):
    print('never (zero)')
for _ in range(-5):
    print('never (negative)')
n = -1
for _ in range(n):
    print('never (negative variable)')
for _ in range(1):
    print('exactly once')
print('done')
