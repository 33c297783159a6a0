# AttributeError on a user object, with CPython's "Did you mean" suggestion.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p.x, p.y, p.norm1())
print(getattr(p, "z", "no z"))
try:
    p.z
except AttributeError as e:
    print("caught:", e)
try:
    Point.nope
except AttributeError as e:
    print("caught:", e)
print(p.norm2())
