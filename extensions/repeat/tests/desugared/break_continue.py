# break and continue inside repeat behave as in a for loop
i = 0
for _ in range(10):
    i += 1
    if i % 3 == 0:
        continue
    if i > 7:
        break
    print('i =', i)
print('stopped with i =', i)
tries = 0
for _ in range(100):
    tries += 1
    if tries * tries > 50:
        break
print('tries', tries)
