# Built-in class methods called on subclasses, comparisons between built-in
# values and subclass instances, self-containing reprs, and renaming classes.
from collections import OrderedDict, defaultdict, Counter


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# dict.fromkeys builds an instance of the class it is called on, through
# its __setitem__
class Logged(dict):
    def __setitem__(self, key, value):
        print("  set", key, value)
        super().__setitem__(key, value)


d = Logged.fromkeys('ab', 0)
print(type(d).__name__, d)
print(type(Logged().fromkeys('x')).__name__, OrderedDict.fromkeys('xyz', 1))
show("fromkeys no args", lambda: dict.fromkeys())
show("fromkeys three", lambda: dict.fromkeys(1, 2, 3))


class Big(int):
    def __repr__(self):
        return f"Big({int(self)})"


print(Big.from_bytes(b'\x01\x00', 'big'), type(Big.from_bytes(b'\x01', 'little')).__name__)


class Ratio(float):
    pass


print(Ratio.fromhex('0x1.8p1'), type(Ratio.fromhex('0x1p0')).__name__)


class Blob(bytes):
    pass


print(Blob.fromhex('41 42'), type(Blob.fromhex('')).__name__, bytearray.fromhex('ff00'))
print(int.from_bytes.__qualname__, dict.fromkeys.__name__, [].append.__qualname__, "".upper.__name__)

# comparisons: a built-in value compares with a subclass instance whose own
# method declines
class Declining(dict):
    def __eq__(self, other):
        return NotImplemented


class DecliningList(list):
    def __lt__(self, other):
        return NotImplemented


print(Declining(a=1) == {'a': 1}, {'a': 1} == Declining(a=1), Declining(a=1) != {'a': 2})
print(DecliningList([1]) < [2], [2] > DecliningList([1]), DecliningList([3]) < [2])
print(Counter('ab') == {'a': 1, 'b': 1}, {} == Counter(), Counter(a=0) == {})
show("order of dicts", lambda: Counter() < {})
show("order of dict subclass", lambda: Declining() < Declining())

# reprs of containers that contain themselves, through Python-level __repr__
dd = defaultdict(list)
dd['me'] = dd
print(dd)
od = OrderedDict()
od['self'] = od
print(od)


class Wrapped(list):
    def __repr__(self):
        return 'Wrapped' + list.__repr__(self)


w = Wrapped([1])
w.append(w)
print(w)


class Plain(dict):
    pass


p = Plain(k=1)
p['p'] = p
print(p, repr([p]))

# classes can be renamed; reprs and errors use the new names
class Original:
    def method(self, x):
        return x


Original.__name__ = 'Renamed'
Original.__qualname__ = 'Outer.Renamed'
print(Original, Original.__name__, Original.__qualname__, '__name__' in Original.__dict__)
print(repr(Original()).split(' at ')[0])
show("bad name", lambda: setattr(Original, '__name__', 3))
show("bad qualname", lambda: setattr(Original, '__qualname__', None))
show("delete name", lambda: delattr(Original, '__name__'))
show("nul name", lambda: setattr(Original, '__name__', 'a\0b'))

# a function's reassigned __qualname__ appears in argument errors
def f(a):
    return a


f.__qualname__ = 'Somewhere.g'
show("arg error", lambda: f())
show("insert index", lambda: [].insert('0', 1))
show("pop index", lambda: [1].pop('0'))
show("format empty attribute", lambda: '{0.}'.format(1))
show("format empty index", lambda: '{0[]}'.format([1]))
print(list.__call__([1, 2]), dict.__call__(a=1), type(len).__call__ is not None)
