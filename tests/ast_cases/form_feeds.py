x = 1

def f():
    return 1

class C:
    pass
    
y = 2 + 3
z = (1,
 2)
