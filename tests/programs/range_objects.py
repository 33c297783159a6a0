# range objects: len/indexing/slicing/containment/reversed/repr/equality/index/count and error messages.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

rs = [range(5), range(2, 10), range(10, 0, -3), range(0), range(5, 5), range(0, 10, 4), range(-5, 5, 2), range(3, -3, -1)]
for r in rs:
    print(repr(r), len(r), list(r), r[0] if r else None, r[-1] if r else None, 3 in r, bool(r))
r = range(0, 20, 3)
print(r[2], r[-2], r[1:4], r[::-1], r[::2], r[10:], r[-3:-1], r[::-3], list(r[1:-1:2]))
print(r.start, r.stop, r.step, r.index(9), r.count(9), r.count(10), 18 in r, 19 in r, 3.0 in r, "3" in r)
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))))
print(range(0, 3) == range(3), range(0) == range(5, 5), range(0, 5, 2) == range(0, 6, 2), range(1) == [0])
print(hash(range(3)) == hash(range(0, 3, 1)), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(10 ** 20)[-1], range(0, 10 ** 20, 7)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[10 ** 19])
print(range(True, 4), range(2)[True], list(range(-3)), repr(range(1, 2, 1)), str(range(0, -1, -1)))
show("step zero", lambda: range(1, 2, 0))
show("float arg", lambda: range(1.5))
show("str arg", lambda: range("3"))
show("no args", lambda: range())
show("four args", lambda: range(1, 2, 3, 4))
show("index oob", lambda: range(3)[3])
show("index neg oob", lambda: range(3)[-4])
show("index float", lambda: range(3)[1.0])
show("index missing", lambda: range(0, 10, 2).index(3))
show("assign", lambda: range(3).__setitem__(0, 1))
show("huge len", lambda: len(range(2 ** 64)))
show("kwarg", lambda: range(stop=3))
show("add", lambda: range(2) + range(2))
show("lt", lambda: range(2) < range(3))
show("slice step zero", lambda: range(5)[::0])
try:
    range(3)[0] = 1
except TypeError as e:
    print("TypeError", e)
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(1, I())), range(10)[I()])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print([i * i for i in range(1, 20) if i % 5 == 0], list(map(str, range(3))), list(zip(range(3), range(10, 13))))
total = 0
for i in range(10, 0, -2):
    total += i
print(total)
for i in range(3):
    pass
print("loop var after loop:", i)
print(range(5)[5])
