def f():
    q = 1
    del q
    return q


print(f())
