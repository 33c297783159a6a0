x: int
x: int = 1
(x): int
(x): int = 1
a.b: int
a.b: int = 1
a[0]: str = "s"
a[1:2]: list
(a.b): int = 2
((x)): float
y: list[int] = []
z: "forward" = None
t: tuple[int, ...] = ()
u: int | None = None
v: Callable[[int], str]
w: dict[str, list[int]] = {}
p: int = yield_
q: tuple = 1, 2
r: list = *a, *b
s: int = (yield_ := 1)
class C:
    attr: int
    other: str = "x"
    (paren): int
    self.x: int = 0
def f():
    x: int
    y: int = 2
    self.z: int = 3
    w: int = yield
    return x
a.b.c.d: T = v
f().x: int = 1
