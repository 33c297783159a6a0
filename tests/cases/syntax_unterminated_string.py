print('fine')
s = 'no closing quote
print(s)
