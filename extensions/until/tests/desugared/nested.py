# until nested inside while and inside a function
def digits_sum(n):
    total = 0
    while not (n == 0):
        total += n % 10
        n //= 10
    return total
print(digits_sum(9875), digits_sum(0), digits_sum(2 ** 100))
row = 1
while row <= 3:
    col = 1
    line = ''
    while not (col > row):
        line += str(row * col) + ' '
        col += 1
    print(line)
    row += 1
a = 0
while not (a == 2):
    b = 0
    while not (b == 2):
        print('a', a, 'b', b)
        b += 1
    a += 1
