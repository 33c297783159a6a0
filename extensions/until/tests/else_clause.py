# until ... else: else runs when the condition becomes true
x = 1
until x > 100:
    x *= 3
else:
    print('done, x =', x)
y = 0
until y == 0:
    print('never')
else:
    print('else runs even if the body never runs')
