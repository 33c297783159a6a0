def f():
    return

def g():
    return 1

def h():
    return 1, 2

def i():
    return (1, 2)

def j():
    return *a, b

def k():
    return lambda: 0

def l():
    def inner():
        return 1
    return inner

def m() -> int:
    return 0

def n():
    pass
    return None

async def o():
    return await p()

def q(a, b):
    x = a
    y = b
    return x if x else y

def r(): return 1
def s(): x = 1; return x

class C:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b

    def __repr__(self) -> str:
        return f"C({self.a!r}, {self.b!r})"

    async def am(self):
        return self

def t():
    return not x

def u():
    return (yield)

def v():
    return [
        1,
        2,
    ]
