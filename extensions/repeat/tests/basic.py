# repeat N: runs the body N times
repeat 3:
    print('hip hip hooray')
total = 0
repeat 10:
    total += 7
print(total)
word = ''
repeat 2 + 2:
    word += 'ab'
print(word)
