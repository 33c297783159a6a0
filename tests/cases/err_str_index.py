# IndexError from indexing a string
word = 'hello'
print(word[0], word[-1], word[1:10], word[10:])
i = 0
while i <= len(word):
    print(i, word[i])
    i += 1
