# Format code that does not apply to the value's type
print('{:d}'.format(42))
print('{:>5}'.format('x'))
def show(v):
    return '[{:d}]'.format(v)
print(show(7))
print(show('x'))
