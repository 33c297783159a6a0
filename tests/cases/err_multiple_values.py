# Calling a function with multiple values for one argument
def box(w, h, d=1):
    return w * h * d
print(box(1, 2), box(1, h=2, d=3))
f = lambda a, b=0: a - b
print(f(5, b=2))
print(box(2, 3, w=4))
