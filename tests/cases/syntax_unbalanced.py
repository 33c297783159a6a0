print('ok')
print((1)
y = 2
