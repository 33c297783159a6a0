# Emulating sequences: __getitem__ with ints and slices, the legacy iteration protocol, __contains__ and
# __reversed__ fallbacks, negative index normalisation, and the errors raised along the way.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Squares:
    """Only __getitem__: iteration, `in`, and unpacking all fall back to it."""
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print(f"    getitem {i!r}")
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i

sq = Squares(4)
print(list(sq))
print(9 in sq)
print(sq[-1], sq[1:3])
a, b, c, d = sq
print(a, b, c, d)
show("not reversible without __len__", lambda: list(reversed(sq)))
show("no len", lambda: len(sq))

class Range2:
    """A full sequence: __len__ + __getitem__ make reversed() work without __reversed__."""
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __len__(self):
        return max(0, self.stop - self.start)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Range2(*[self.start + k for k in i.indices(len(self))[:2]])
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.start + i
    def __repr__(self):
        return f"Range2({self.start}, {self.stop})"
r = Range2(10, 15)
print(list(r), list(reversed(r)), len(r), r[-2], r[1:4], list(r[1:4]), 12 in r, 99 in r, sorted(r, reverse=True))
show("index error", lambda: r[5])
show("str index", lambda: r["a"])
print(max(r), min(r), sum(r), enumerate(r).__next__(), list(zip(r, "ab")))

class Tracked:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        print(f"    __contains__({x!r})")
        return x in self.items
    def __reversed__(self):
        print("    __reversed__")
        return iter(self.items[::-1])
    def __iter__(self):
        print("    __iter__")
        return iter(self.items)
t = Tracked("abc")
print("b" in t, "z" not in t)
print(list(reversed(t)), list(t))

# StopIteration vs IndexError in the legacy protocol
class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsEarly()))
class KeyErrs:
    def __getitem__(self, i):
        raise KeyError(i)
show("KeyError is not a stop signal", lambda: list(KeyErrs()))

# __iter__ = None opts out of iteration even with __getitem__
class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
show("iter None", lambda: iter(NotIterable()))
show("in with iter None", lambda: 1 in NotIterable())
print(NotIterable()[5])

# __contains__ returning non-bool is converted to bool
class Weird:
    def __contains__(self, x):
        return x * 2
print(3 in Weird(), 0 in Weird(), 3 not in Weird())

# __setitem__/__delitem__ with slices on a custom mutable sequence
class Buffer:
    def __init__(self):
        self.data = []
    def __setitem__(self, key, value):
        print(f"    set {key!r} = {value!r}")
        if isinstance(key, slice):
            self.data[key] = value
        else:
            self.data[key] = value
    def __getitem__(self, key):
        return self.data[key]
    def __delitem__(self, key):
        print(f"    del {key!r}")
        del self.data[key]
    def __len__(self):
        return len(self.data)
buf = Buffer()
buf[:] = "hello"
buf[0] = "J"
buf[1:3] = ["E", "E"]
del buf[-1]
del buf[::2]
print(buf.data, len(buf), buf[::-1])
buf[len(buf):] = [1, 2]
print(buf.data)
show("extended slice size", lambda: buf.__setitem__(slice(None, None, 2), [0]))
