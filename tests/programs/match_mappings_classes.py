# match mapping patterns (**rest, extra keys, value keys) and class patterns (__match_args__, keywords).

class Key:
    TYPE = "type"

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {Key.TYPE: "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll {d}"
        case {"type": t, **rest}:
            return f"unhandled {t} rest={rest}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"

events = [{"type": "click", "pos": (3, 4), "extra": 1}, {"type": "click", "pos": [5, 6]}, {"type": "key", "key": "a"},
          {"type": "key", "key": "b", "shift": True, "alt": False}, {"type": "scroll", "delta": 2.5},
          {"type": "scroll", "delta": "x"}, {"other": 1}, {}, [("type", "click")], "type"]
for e in events:
    print(e, "->", handle(e))

# __missing__ is not used by mapping patterns: they use get()
class Defaulting(dict):
    def __missing__(self, key):
        return "default"
match Defaulting(a=1):
    case {"b": value}:
        print("b matched", value)
    case {"a": value}:
        print("a matched", value)

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r

def locate(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, 0):
            return f"3d on plane at {x},{y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(center=Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(r=r):
            return f"circle r={r}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"string {s}"
        case list([a, b]):
            return f"list pair {a},{b}"
        case dict({"k": v}):
            return f"dict k={v}"
        case tuple((a,)):
            return f"1-tuple {a}"
        case bool():
            return "unreachable: bool is caught by int"
        case _:
            return f"unknown {obj!r}"

things = [Point(0, 0), Point(0, 5), Point(7, 0), Point(3, 3), Point(1, 2), Point3(1, 2, 0), Point3(0, 0, 9),
          Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), 5, 2.5, True, "s", [1, 2], {"k": 9}, (4,), None]
for t in things:
    print(t if not isinstance(t, Circle) else "Circle", "->", locate(t))

def try_match(obj, label):
    try:
        match obj:
            case Circle(1):
                return "matched"
            case _:
                return "no"
    except TypeError as e:
        return f"{label}: {type(e).__name__}: {e}"
print(try_match(Circle(Point(0, 0), 1), "no __match_args__"))

class BadArgs:
    __match_args__ = ["a"]
    a = 1
try:
    match BadArgs():
        case BadArgs(x):
            print("matched", x)
except TypeError as e:
    print(type(e).__name__, e)

class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(x, y):
            print("matched")
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(a, b):
            print("matched")
except TypeError as e:
    print(type(e).__name__, e)
not_a_class = "str"
try:
    match "x":
        case not_a_class.upper():
            pass
except TypeError as e:
    print(type(e).__name__, e)
