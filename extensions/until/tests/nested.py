# until nested inside while and inside a function
def digits_sum(n):
    total = 0
    until n == 0:
        total += n % 10
        n //= 10
    return total
print(digits_sum(9875), digits_sum(0), digits_sum(2 ** 100))
row = 1
while row <= 3:
    col = 1
    line = ''
    until col > row:
        line += str(row * col) + ' '
        col += 1
    print(line)
    row += 1
a = 0
until a == 2:
    b = 0
    until b == 2:
        print('a', a, 'b', b)
        b += 1
    a += 1
