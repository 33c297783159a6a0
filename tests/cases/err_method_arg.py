# Error inside a method-call argument
words = ['alpha', 'beta']
print('joining', len(words))
out = []
out.append(words[0].upper())
print(out)
out.append(words[0].upper() + words[5].lower())
