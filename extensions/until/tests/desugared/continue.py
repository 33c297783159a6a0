# continue jumps back to the condition check
n = 0
odds = []
while not (n >= 10):
    n += 1
    if n % 2 == 0:
        continue
    odds.append(n)
else:
    print('finished with n =', n)
print(odds)
