# bool is an int subclass: arithmetic, indexing, counting, operators returning operands, repr rules.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t, f = True, False
print(t + t, t - f, t * 10, t / 2, t // 2, t % 2, -t, +t, abs(-t), t ** 10, f ** 0, 2 ** t)
print(t & f, t | f, t ^ t, t & 1, t | 2, f ^ 3, t << 4, t >> 1, type(t & f).__name__, type(t & 1).__name__)
print(type(t + t).__name__, type(-t).__name__, type(t * 1.5).__name__, t * 1.5, t + 0j, divmod(t, 2))
print(repr(t), str(f), int(t), float(t), complex(f), format(t), format(t, "d"), format(t, ">6"), f"{f!r:^7}")
print("%d %s %r %i %.1f" % (t, t, f, f, t), "{} {:d} {!r}".format(t, f, t), hex(t), bin(t), oct(t))
print(isinstance(t, int), issubclass(bool, int), type(t).__mro__, bool.__bases__, t == 1, f == 0, t is True)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool("False"), bool([]), bool([[]]), bool(None), bool(t))
show("subclass bool", lambda: type("B", (bool,), {}))
show("true div zero", lambda: t / f)
show("mod zero", lambda: t % f)
show("bool plus str", lambda: t + "x")
show("bool call", lambda: t())

# counting with booleans
data = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x > 0 for x in data), sum(x < 0 for x in data), [x > 2 for x in data].count(True))
print(sum([t, t, f, t]), max(f, t), min([t, f]), sorted([t, f, t, 0, 1]), list(map(int, [t, f])))
print(["no", "yes"][3 > 2], ("even", "odd")[7 % 2 == 1], "abc"[t], {0: "zero", 1: "one"}[t])

# booleans as dict keys coincide with 0 and 1
d = {0: "int zero", 1: "int one"}
d[True] = "bool one"
d[False] = "bool zero"
print(d, {True: "a", 1: "b", 1.0: "c"}, {False, 0, 0.0}, len({True, 1, f, 0}))

# and / or return one of their operands, not necessarily a bool
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x", None or 0 or "" or "last")
print(not 1, not 0, not "", not [0], (not None) + 1, 3 and 0 or "fallback", 0 or None)

def noisy(label, value):
    print("  eval", label)
    return value
print(noisy("a", 0) and noisy("b", 1))
print(noisy("c", 1) and noisy("d", 0) and noisy("e", 1))
print(noisy("f", 0) or noisy("g", "") or noisy("h", "found") or noisy("i", 2))
print(noisy("j", []) or noisy("k", 0))

# comparisons produce bools; chained ones short-circuit
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, (x > 3) + (x > 4) + (x > 5), (x > 1) * 100)
print(t == 1 == 1.0, t is not f, (t, f) < (t, t), [f, t] == [0, 1], sorted([(t, "b"), (f, "z"), (t, "a")]))

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
    def __repr__(self):
        return "Flag(%s)" % self.on
flags = [Flag(True), Flag(False), Flag(True)]
print([bool(fl) for fl in flags], any(flags), all(flags), [fl for fl in flags if fl], Flag(False) or "alt")
print(Flag(True) and Flag(False), not Flag(False), sum(map(bool, flags)), list(filter(None, flags)))
