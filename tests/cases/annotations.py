# Annotations: function parameters (every kind) and return, annotated
# assignments in module, class and function scope, non-simple targets.
def f(a: int, b: "str" = "x", *rest: float, flag: bool = False, **kw: dict) -> list:
    v: int = 3
    w: str
    return [a, b, rest, flag, kw, v]


def g(p: 1, /, q: 2):
    return p + q


class Box:
    size: int = 3
    label: str

    def area(self) -> int:
        return self.size * self.size


x: int = 5
y: str
(z): int = 1
box = Box()
box.extra: int = 2
items = [0]
items[0]: int = 9
print(f(1), g(1, 2), Box().area())
print(__annotations__)
print(Box.__annotations__)
print(f.__annotations__)
print(g.__annotations__, box.extra, items, z)
