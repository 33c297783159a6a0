# slice objects: construction, attributes, indices(), use on sequences and user __getitem__, hashing, repr.

s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice("a", "b", "c"))
print(s.indices(6), s.indices(100), slice(None, None, -1).indices(5), slice(-3, None).indices(5), slice(-100, 100).indices(4))
print(slice(10, -10, -3).indices(8), slice(None, None, 3).indices(0), slice(2, 1).indices(5))
data = list(range(10))
print(data[s], data[slice(None, None, -2)], "abcdefgh"[slice(2, 6)], (1, 2, 3)[slice(1, None)])
print(range(*s.indices(len(data))) == range(1, 10, 2), [data[i] for i in range(*slice(-4, None).indices(10))])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2), slice(1, 2) < slice(1, 3))
print(hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): "ok"}[slice(1, 2)])
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return ("tuple", key)
        return ("item", key)
q = Seq()
print(q[1], q[1:2], q[::3], q[:], q[1:2, 3], q[..., 1], q[-1:], q["a":"b"], q[None:])
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("indices negative", lambda: slice(1, 2).indices(-1))
show("indices zero step", lambda: slice(None, None, 0).indices(5))
show("indices str", lambda: slice("a", 2).indices(5))
show("indices float", lambda: slice(1, 2).indices(2.5))
show("no args", lambda: slice())
show("four args", lambda: slice(1, 2, 3, 4))
show("set attr", lambda: setattr(slice(1), "start", 0))
show("list with str slice", lambda: [1, 2]["a":])
show("kw", lambda: slice(stop=1))
try:
    print([1, 2][1:2:0])
except ValueError as e:
    print("ValueError", e)
rev = slice(None, None, -1)
print("hello"[rev], [1, 2, 3][rev], b"xyz"[rev])
halves = [slice(0, 5), slice(5, None)]
print(["".join("abcdefghij"[h]) for h in halves])
lst = list("abcdefgh")
lst[slice(0, 8, 3)] = "XYZ"
del lst[slice(1, 3)]
print(lst)
print(slice(1, 5, 2).indices(3), len(range(10)[slice(2, 8, 2)]))
