# Too many positional arguments, for functions and methods.

def pair(a, b=2):
    return (a, b)

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def scaled(self, k):
        return Vec(self.x * k, self.y * k)
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

print(pair(1), pair(1, 3))
print(Vec(1, 2).scaled(3))

bad_calls = [
    lambda: pair(1, 2, 3),
    lambda: pair(),
    lambda: pair(1, a=2),
    lambda: Vec(1),
    lambda: Vec(1, 2, 3),
    lambda: Vec(1, 2).scaled(),
    lambda: Vec(1, 2).scaled(2, 3),
    lambda: Vec.scaled(3),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
]
for call in bad_calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def zero():
    return 0
print(zero(42))
