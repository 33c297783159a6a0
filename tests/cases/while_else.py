# while loops with else
i = 0
while i < 3:
    print('i =', i)
    i += 1
else:
    print('loop finished normally, i =', i)
n = 10
while n > 0:
    if n == 7:
        print('breaking at', n)
        break
    n -= 1
else:
    print('not printed')
print('after break n =', n)
k = 0
while k < 0:
    print('never')
else:
    print('else runs when body never runs')
total = 0
j = 0
while True:
    j += 1
    if j % 2 == 0:
        continue
    if j > 9:
        break
    total += j
print('sum of odds below 10:', total)
