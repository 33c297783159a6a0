# Error raised in a function called from a lambda called from a nested function
def helper(x):
    scale = 10
    return scale // x
def outer(v):
    def inner(w):
        g = lambda z: helper(z - 1) + 1
        return g(w) * 2
    return inner(v)
print(outer(3))
print(outer(1))
