def f0(): pass
def f1(a): pass
def f2(a, b=1): pass
def f3(*args): pass
def f4(**kwargs): pass
def f5(a, /, b, *, c): pass
def f6(a, b=2, /, c=3, *d, e, f=6, **g): pass
def f7(*, a, b=1, c): pass
def f8(a, /): pass
def f9(a=1, /, b=2): pass
def f10(a, b, /, *args, **kwargs): pass
def f11(a: int, b: str = "x", *args: int, c: float = 1.0, **kwargs: dict) -> None: pass
def f12(*args: *Ts): pass
def f13(*args: *tuple[int, ...]) -> tuple[*Ts]: pass
def f14(a: "forward", b: list[int] | None = None) -> "Ret": pass
def f15(
    a,
    b: int = 0,
    /,
    c=1,
    *,
    d,
    **e,
): pass
def f16(a, *, b): pass
def f17(a, b=(1, 2), c=[3], d={}, e=lambda: 0): pass
def f18(self, x: Callable[[int], str] = str, *rest) -> Iterator[int]:
    yield from rest
def f19(a, /, *, b): pass
def f20(*, a=1): pass
def f21(a, b, c,): pass
def f22(a: int = 1, /, *, b: int = 2) -> int: return a + b
