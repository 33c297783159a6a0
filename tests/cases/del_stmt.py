x = 1
y = [0, 1, 2, 3, 4, 5, 6]
d = {"a": 1, "b": 2, "c": 3}
del x
del y[0], d["a"]
del y[1:3]
del y[::2]
print(y, d)
a, b = 1, 2
del (a, [b])


def f():
    z = 10
    w = [z]
    del z
    del w[0]
    return w


def g():
    v = 1

    def h():
        nonlocal v
        del v

    h()
    return "v deleted"


print(f(), g())
del d["missing"]
