# match statements: every pattern kind, guards, captures in or-patterns bound
# in different orders, and the default case.
import sys


class Color:
    RED = "red"
    GREEN = "green"


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(v):
    match v:
        case None | True | False:
            return f"singleton {v!r}"
        case 0 | -1 | 1.5 | 2j:
            return f"number literal {v!r}"
        case Color.RED | Color.GREEN:
            return f"color {v}"
        case [] | ():
            return "empty sequence"
        case [x]:
            return f"one item {x!r}"
        case [first, *middle, last] if len(middle) > 1:
            return f"long {first!r}..{last!r} ({len(middle)} inside)"
        case [a, b, *_]:
            return f"starts {a!r}, {b!r}"
        case _:
            return mapping_or_object(v)


def mapping_or_object(v):
    match v:
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case {"kind": kind, **rest} if rest:
            return f"{kind} with {sorted(rest)}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y) | Point(y, 0):
            return f"on an axis at {y}"
        case Point(x, y) as p if x == y:
            return f"diagonal {p.x}"
        case int(n) | float(n) if n > 100:
            return f"big {n}"
        case str() as s:
            return f"string {s!r}"
        case (1, (2, inner)) | [1, [2, inner]]:
            return f"nested {inner!r}"
        case _:
            return f"other {type(v).__name__}"


for value in [None, True, 0, -1, 1.5, 2j, "red", [], (), [7], [1, 2, 3, 4, 5],
              (1, 2), {"kind": "circle", "r": 2}, {"kind": "box", "w": 1, "h": 2},
              {"kind": "dot"}, {}, Point(0, 0), Point(0, 5), Point(4, 0), Point(3, 3),
              Point(1, 2), 500, 7.5, "text", (1, (2, 9)), [1, [2, "z"]], 3, {1, 2}]:
    print(repr(value) if not isinstance(value, Point) else f"Point({value.x}, {value.y})",
          "->", describe(value))


match sys.argv:
    case [name, *args]:
        print("script with", len(args), "arguments")
