# Countdown with until: the body runs while the condition is false
n = 5
while not (n == 0):
    print(n)
    n -= 1
print('liftoff')
i = 10
while not (i >= 3):
    print('never runs')
print('i stays', i)
