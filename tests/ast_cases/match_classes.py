match shape:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x, y):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case Point(a, b, x=c, y=d):
        pass
    case geometry.Circle(center=Point(x, y), radius=r):
        pass
    case a.b.C(_, [*items], {"k": v}):
        pass
    case int() | float():
        pass
    case str(s) | bytes(s):
        pass
    case Point(x=1,):
        pass
    case Point(1, 2,):
        pass
    case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
        pass
    case Box(content=[Item(name=n) as item, *_]):
        pass
