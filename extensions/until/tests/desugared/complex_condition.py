# until with a compound condition using and/or/not
lo = 0
hi = 20
steps = 0
while not (lo >= hi or hi - lo < 3 and steps > 0):
    lo += 2
    hi -= 3
    steps += 1
    print(lo, hi)
print('steps', steps)
word = 'abcxdef'
i = 0
while not (i == len(word) or word[i] == 'x' and not i == 0):
    i += 1
print('stopped at', i)
flag = ''
while not (flag):
    flag = 'set' if not flag else flag
print(flag)
