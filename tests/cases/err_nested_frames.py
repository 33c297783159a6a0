# Error three calls deep, with a lambda frame
def outer(xs):
    return middle(xs) + 1
def middle(xs):
    pick = lambda i: xs[i]
    return pick(len(xs))
print(outer([1, 2]) if False else 'calling outer')
outer([1, 2, 3])
