x = 1
def f():
    return x
y = f() + 2