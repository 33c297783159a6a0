# ZeroDivisionError raised inside a function called from module level
def ratio(a, b):
    return a / b
print('start')
print(ratio(10, 4))
print('about to divide by zero')
print(ratio(1, 0))
print('never printed')
