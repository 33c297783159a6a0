# TypeError: adding int and str
n = 1
s = 'a'
print('before')
print(n + s)
