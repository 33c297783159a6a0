# Container protocol: __getitem__, __setitem__, __delitem__, __contains__, __len__.

class Grid:
    def __init__(self, rows, cols, fill=0):
        self.rows = rows
        self.cols = cols
        self.cells = {}
        self.fill = fill
    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError("Grid indices must be (row, col) pairs, not %s" % type(key).__name__)
        r, c = key
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError("cell %r outside %dx%d grid" % (key, self.rows, self.cols))
    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, self.fill)
    def __setitem__(self, key, value):
        self._check(key)
        print("    set %r = %r" % (key, value))
        self.cells[key] = value
    def __delitem__(self, key):
        self._check(key)
        print("    del %r" % (key,))
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return len(self.cells)
    def render(self):
        return "\n".join(" ".join(str(self[r, c]) for c in range(self.cols)) for r in range(self.rows))

g = Grid(3, 4)
g[0, 0] = 1
g[1, 2] = 5
g[2, 3] = 9
g[1, 2] += 10
print(g.render())
print("len:", len(g), "15 in g:", 15 in g, "5 in g:", 5 in g, "7 not in g:", 7 not in g)
del g[0, 0]
print("after del, len:", len(g), "g[0, 0] =", g[0, 0])
for key in [(3, 0), (0, -1), 5, (1,)]:
    try:
        g[key]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    del g[0, 1]
except KeyError as e:
    print("KeyError from __delitem__:", e)

# Slices arrive as slice objects.
class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("    setitem", key, value)
    def __delitem__(self, key):
        print("    delitem", key)
rec = Recorder()
print(rec[1], rec[-1], rec["name"], rec[1, 2], rec[()])
print(rec[1:2], rec[:], rec[::2], rec[1:10:3], rec[:5], rec[-3:])
print(rec[1:2, 3], rec[..., 0])
s = rec[2:8:2]
print(s.start, s.stop, s.step, s.indices(5))
rec[0:3] = "abc"
del rec[::2]
rec["k"] = None

# A sequence built on __getitem__ only: iteration and `in` still work.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n
sq = Squares(6)
print(list(sq), sq[2], sq[-1], sq[1:4], sq[::-2])
print(16 in sq, 17 in sq, [x for x in sq if x % 2], sorted(sq, reverse=True))
print(list(reversed(sq)), max(sq), sum(sq))
a, b, *rest = sq
print(a, b, rest)

# __contains__ returning a non-bool is converted to bool.
class Fuzzy:
    def __contains__(self, x):
        return x % 3     # an int
print(4 in Fuzzy(), 3 in Fuzzy(), 4 not in Fuzzy())

# A dict-like class with a default.
class Defaults:
    def __init__(self, **kw):
        self.data = dict(kw)
    def __getitem__(self, k):
        try:
            return self.data[k]
        except KeyError:
            return "<default for %s>" % k
    def __setitem__(self, k, v):
        self.data[k] = v
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        return iter(sorted(self.data))
d = Defaults(a=1)
d["b"] = 2
print(d["a"], d["b"], d["zzz"], len(d), list(d), "a" in d, "zzz" in d)

# Item assignment / deletion on classes that lack the methods.
class ReadOnly:
    def __getitem__(self, k):
        return k
ro = ReadOnly()
for action in ("set", "del"):
    try:
        if action == "set":
            ro[0] = 1
        else:
            del ro[0]
    except TypeError as e:
        print("TypeError:", e)
