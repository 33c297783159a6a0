# repeat N: runs the body N times
for _ in range(3):
    print('hip hip hooray')
total = 0
for _ in range(10):
    total += 7
print(total)
word = ''
for _ in range(2 + 2):
    word += 'ab'
print(word)
