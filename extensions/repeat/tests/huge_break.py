# A huge count is fine as long as the loop stops early
i = 0
repeat 10 ** 18:
    i += 1
    if i == 5:
        break
print('i =', i)
j = 0
repeat 2 ** 100:
    j += 1
    if j >= 3:
        break
print('j =', j)
repeat -(10 ** 30):
    print('never')
def first_square_over(limit):
    n = 0
    repeat 1 << 70:
        n += 1
        if n * n > limit:
            return n
print(first_square_over(1000))
c = 0
repeat 200000:
    c += 1
print('c =', c)
