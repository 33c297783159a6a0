# NameError for an undefined name
y = 1
print('y is', y)
print(x)
print('never printed')
