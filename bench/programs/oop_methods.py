# OOP methods: a small class hierarchy exercised through method calls:
# __init__ chains with super(), overridden and inherited methods, properties
# with setters, class attributes, classmethods, staticmethods, isinstance and
# dunder methods (__add__, __eq__, __len__). Prints integer checksums.

ROUNDS = 4000
SHAPES = 60


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


class Shape:
    created = 0

    def __init__(self, origin):
        self._origin = origin
        Shape.created += 1

    @property
    def origin(self):
        return self._origin

    @origin.setter
    def origin(self, value):
        self._origin = value

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def move(self, delta):
        self.origin = self.origin + delta

    def weight(self):
        return self.area() * 3 + self.perimeter() + self.origin.dot(Vec(1, 2))

    @classmethod
    def kind(cls):
        return cls.__name__

    @staticmethod
    def clamp(value, limit):
        return value if value < limit else limit


class Rect(Shape):
    def __init__(self, origin, width, height):
        super().__init__(origin)
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)


class Square(Rect):
    def __init__(self, origin, side):
        super().__init__(origin, side, side)

    @property
    def side(self):
        return self.width

    @side.setter
    def side(self, value):
        self.width = self.height = value


class Triangle(Shape):
    def __init__(self, origin, base, height):
        super().__init__(origin)
        self.base = base
        self.height = height

    def area(self):
        return self.base * self.height // 2

    def perimeter(self):
        return self.base * 3


class Scene:
    def __init__(self):
        self.shapes = []

    def __len__(self):
        return len(self.shapes)

    def add(self, shape):
        self.shapes.append(shape)
        return self

    def total_weight(self):
        total = 0
        for shape in self.shapes:
            total += shape.weight()
        return total

    def step(self, delta):
        for shape in self.shapes:
            shape.move(delta)
            if isinstance(shape, Square):
                shape.side = Shape.clamp(shape.side + 1, 50)


def build(seed):
    scene = Scene()
    for i in range(SHAPES):
        origin = Vec(i % 7, (i * seed) % 11)
        if i % 3 == 0:
            scene.add(Rect(origin, 1 + i % 5, 2 + i % 4))
        elif i % 3 == 1:
            scene.add(Square(origin, 1 + i % 6))
        else:
            scene.add(Triangle(origin, 2 + i % 5, 3 + i % 3))
    return scene


def main():
    checksum = 0
    kinds = {}
    delta = Vec(1, -1)
    for r in range(ROUNDS):
        scene = build(r % 13 + 1)
        scene.step(delta)
        scene.step(delta.scaled(2))
        checksum = (checksum * 7 + scene.total_weight() + len(scene)) % 1000000007
        if scene.shapes[0].origin == Vec(3, -3):
            checksum += 1
    for shape in build(1).shapes:
        kinds[shape.kind()] = kinds.get(shape.kind(), 0) + 1
    print(f"oop_methods rounds={ROUNDS} created={Shape.created} checksum={checksum} "
          f"kinds={sorted(kinds.items())}")


main()
