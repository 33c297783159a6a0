# FizzBuzz, three ways
for i in range(1, 16):
    if i % 15 == 0:
        print('FizzBuzz')
    elif i % 3 == 0:
        print('Fizz')
    elif i % 5 == 0:
        print('Buzz')
    else:
        print(i)
def fb(i):
    s = ''
    if i % 3 == 0:
        s += 'Fizz'
    if i % 5 == 0:
        s += 'Buzz'
    return s or str(i)
out = []
for i in range(1, 31):
    out.append(fb(i))
print(' '.join(out))
n = 1
line = []
while n <= 15:
    line.append('Fizz' * (n % 3 == 0) + 'Buzz' * (n % 5 == 0) or str(n))
    n += 1
print(','.join(line))
