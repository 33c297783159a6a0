x = 1
def f():
    return "é"
