# With `from __future__ import annotations` every annotation is kept as its
# source text, never evaluated.
from __future__ import annotations


def f(a: list[int], b: "x" = 1, *c: tuple[int, ...], d: dict[str, int] | None = None) -> Undefined[1:2]:
    return a


x: a.b[1:2, ::3] = 3
y: lambda q, *r, s=1, **t: (q, -s ** 2, not r)
z: {k: [v async for v in w] for k in (1,)} if p else f"{x!r:>{n}}"
print(f.__annotations__)
print(__annotations__)
