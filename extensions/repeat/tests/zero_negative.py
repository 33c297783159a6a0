# repeat with zero or negative counts runs the body zero times
repeat 0:
    print('never (zero)')
repeat -5:
    print('never (negative)')
n = -1
repeat n:
    print('never (negative variable)')
repeat 1:
    print('exactly once')
print('done')
