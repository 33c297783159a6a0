# String indexing and slicing: negative indices, steps, out-of-range clamping, and IndexError/TypeError.

s = "abcdefghij"
print(s[0], s[-1], s[5], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]), s[-100:100:3])
print(s[None:None:None], s[None:4], s[slice(1, 8, 3)], s[slice(None, None, -3)])
for step in (1, 2, 3, -1, -3, 7, -11):
    print(step, repr(s[::step]), repr(s[1:9:step]), repr(s[9:1:step]))
for start in range(-12, 13, 4):
    print(start, repr(s[start:start + 3]), repr(s[start::-4]))
print("".join(s[i] for i in range(0, len(s), 3)), s[len(s) - 1], s[~0], s[~2])
print(s[True], s[False:True + 2])

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("index 10", lambda: s[10])
show("index -11", lambda: s[-11])
show("empty index", lambda: ""[0])
show("float index", lambda: s[1.0])
show("str index", lambda: s["a"])
show("None index", lambda: s[None])
show("step zero", lambda: s[::0])
show("float slice", lambda: s[1.5:3])
show("str slice", lambda: s["a":])
show("assign", lambda: s.__setitem__(0, "z"))
show("big index", lambda: s[10 ** 30])
show("big slice", lambda: s[-10 ** 30:10 ** 30])
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
class I:
    def __index__(self):
        return 2
print(s[I()], s[I():6], s[::I()], s[-2])
t = "racecar"
print(t == t[::-1], "python"[::-1], "ab" * 3, 3 * "x", "ab" * 0, "ab" * -2, repr("" * 5))
print(s[2:5] + s[-2:], s.index("e"), "e" in s, "xyz" not in s, "" in s)
u = "naïve café"
print(u[2], u[::-1], len(u), u[-4:])
for i, ch in enumerate("héllo"):
    print(i, ch, end="; ")
print()
print(s[3:-3:2] * 2)
print(s[12])
