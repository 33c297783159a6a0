# Default argument expressions are evaluated at def time
def ok(a, b=2 * 3):
    return a + b
print(ok(1))
zero = 0
def bad(a, b=1 // zero):
    return a + b
print('never')
