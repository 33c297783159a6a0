x = 1; y = 2; z = 3
if x: y = 4
def f(a, b=1, *c, d, **e) -> int: return a
class C(Base, metaclass=M): x: int = 1
for i in range(3): print(i)
while False: break
with open("f") as fh, other(): pass
try: pass
except E as e: pass
lam = lambda a, *b, c=1, **d: (a, b, c, d)
comp = {k: v for k, v in zip(ks, vs) if k}
s = a[1:2, ::3]
t = f"pre {x!r:>{w}} post"
import a.b.c as d
from ..x import (y as z,
                 w)
global g
assert x, "m"
raise E from F
del a[0], b.c
match p:
    case [1, *r] | {"k": _, **kw} if r: pass
    case Point(x=0, y=_) as pt: pass
type T[U: int = str] = list[U]
def g[**P, *Ts, T: int](*a: *Ts) -> None: pass
