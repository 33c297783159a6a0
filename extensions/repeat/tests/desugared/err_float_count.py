# A non-integer count raises TypeError
for _ in range(2):
    print('integer count is fine')
n = 2.5
print('about to repeat', n, 'times')
raise TypeError("'repeat' count must be an integer, not 'float'")
print('never printed')
print('never printed either')
