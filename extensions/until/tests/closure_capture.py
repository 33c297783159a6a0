# Closures capture variables assigned inside an until body (late binding)
def make():
    funcs = []
    i = 0
    until i == 3:
        val = i * 10
        funcs.append(lambda: val)
        def g(d=val):
            return d + val
        funcs.append(g)
        i += 1
    return funcs
fs = make()
print(len(fs))
out = []
k = 0
until k == len(fs):
    out.append(fs[k]())
    k += 1
print(out)
def counter():
    n = 0
    def bump(step):
        return n + step
    until n >= 4:
        n += 1
        print('bump', bump(100))
    return bump
b = counter()
print(b(1))
