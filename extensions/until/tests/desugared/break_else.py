# break inside until skips the else clause
items = [3, 8, 12, 5, 20]
i = 0
while not (i == len(items)):
    if items[i] > 10:
        print('found', items[i], 'at', i)
        break
    i += 1
else:
    print('nothing above 10')
j = 0
while not (j == len(items)):
    if items[j] > 50:
        print('found big', items[j])
        break
    j += 1
else:
    print('nothing above 50')
