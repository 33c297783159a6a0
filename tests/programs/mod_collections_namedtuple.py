# collections.namedtuple: field names in every form, defaults, rename, the
# generated methods, tuple behaviour and the errors for bad definitions and
# bad calls.

from collections import namedtuple


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[1], p[-1], len(p))
x, y = p
print(x, y, p[0] + p[1], p.x + p.y)
print(p == (11, 22), p == Point(11, 22), p < Point(11, 23), hash(p) == hash((11, 22)))
print(p._asdict(), p._replace(x=100), p._fields, Point._fields)
print(Point._make([1, 2]), Point._make(range(2)), Point(**{'x': 5, 'y': 6}))
print(p[:1], p + (1,), p * 2, list(p), tuple(p), 22 in p, p.index(22), p.count(11))
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__, Point)
print(Point.x.__doc__, Point.y.__doc__, Point.__new__.__doc__)
print(type(p).__name__, isinstance(p, tuple), issubclass(Point, tuple), type(p) is Point)
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
print(max([Point(2, 1), Point(1, 5)], key=lambda q: q.y))
print(p.__getnewargs__(), p.__replace__(y=0), Point.__match_args__)

# field names as a string, with commas and spaces
Color = namedtuple('Color', 'red green blue')
Person = namedtuple('Person', 'name, age,city')
print(Color(255, 128, 0), Person('ann', 30, 'oslo'), Person._fields)
One = namedtuple('One', 'value')
print(One(1), One.__doc__, One._make([2]))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))

# defaults apply to the rightmost fields
Node = namedtuple('Node', 'val left right', defaults=[None, None])
print(Node(1), Node(1, 'l'), Node(1, right='r'), Node._field_defaults)
All = namedtuple('All', 'a b', defaults=(1, 2))
print(All(), All(b=5), All._field_defaults)
Gen = namedtuple('Gen', 'a b c', defaults=iter([7]))
print(Gen(1, 2), Gen._field_defaults)

# rename replaces invalid names with positional ones
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(R._fields, R(1, 2, 3, 4, 5, 6))
print(namedtuple('S', 'a class', rename=True)._fields)

# subclassing a namedtuple to add behaviour


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm2, Vec._make([0, 1]), v._replace(x=0), type(v._replace(x=0)).__name__)

# records from rows
Row = namedtuple('Row', 'id name score')
rows = [Row._make(r) for r in [(1, 'ann', 90), (2, 'bob', 75), (3, 'cy', 82)]]
print(sorted(rows, key=lambda r: r.score)[0].name, [r.name for r in rows if r.score > 80])
print({r.id: r._asdict() for r in rows}[2])

# attributes are read-only
show('set field', lambda: setattr(p, 'x', 5))
show('del field', lambda: delattr(p, 'x'))
show('new attribute', lambda: setattr(p, 'z', 5))

# bad calls
show('missing one', lambda: Point(1))
show('missing two', lambda: Point())
show('missing three', lambda: Color())
show('too many', lambda: Point(1, 2, 3))
show('too many defaults', lambda: Node(1, 2, 3, 4))
show('empty too many', lambda: Empty(1))
show('unexpected kw', lambda: Point(1, 2, z=3))
show('suggested kw', lambda: Point(1, xx=2))
show('case kw', lambda: Color(1, 2, BLUE=3))
show('multiple values', lambda: Point(1, x=2))
show('cls kw', lambda: Point(1, 2, _cls=3))
show('make short', lambda: Point._make([1]))
show('make long', lambda: Point._make([1, 2, 3]))
show('replace unknown', lambda: p._replace(z=1))
show('replace positional', lambda: p._replace(1))

# bad definitions
show('keyword field', lambda: namedtuple('P', 'x def'))
show('underscore field', lambda: namedtuple('P', 'x _y'))
show('duplicate field', lambda: namedtuple('P', 'x y x'))
show('bad type name', lambda: namedtuple('1P', 'x'))
show('keyword type name', lambda: namedtuple('class', 'x'))
show('bad field', lambda: namedtuple('P', ['x', 'a-b']))
show('non-str field', lambda: namedtuple('P', ['x', 3]))
show('too many defaults', lambda: namedtuple('P', 'x', defaults=[1, 2]))

# an uncaught error: a record with a missing field
Pair = namedtuple('Pair', 'left right')
pair = Pair('L', 'R')
print(pair)
left, right, extra = pair
