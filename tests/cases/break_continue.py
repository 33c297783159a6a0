# break, continue and pass
for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print('inner done for', i)
count = 0
while count < 5:
    count += 1
    if count == 3:
        pass
    if count == 4:
        continue
    print('count', count)
def empty():
    pass
print(empty())
for x in 'abc':
    pass
print(x)
