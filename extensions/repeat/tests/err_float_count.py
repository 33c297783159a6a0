# A non-integer count raises TypeError
repeat 2:
    print('integer count is fine')
n = 2.5
print('about to repeat', n, 'times')
repeat n:
    print('never printed')
print('never printed either')
