x = 1
def f():
    global x
    def g():
        nonlocal x
        x = 2
    return g
