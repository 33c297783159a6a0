# Countdown with until: the body runs while the condition is false
n = 5
until n == 0:
    print(n)
    n -= 1
print('liftoff')
i = 10
until i >= 3:
    print('never runs')
print('i stays', i)
