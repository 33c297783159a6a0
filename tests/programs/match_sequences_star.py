# match sequence patterns: fixed length, star captures, nesting, str/bytes exclusion, tuples vs lists.

def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r}, {y!r}"
        case [first, *middle, last] if not middle:
            return "unreachable"
        case [first, *middle, last]:
            return f"first={first!r} middle={middle!r} last={last!r}"

for s in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5), range(4), "ab", b"ab", {1, 2}, {"a": 1}, iter([1])]:
    print(type(s).__name__, repr(s) if not hasattr(s, "__next__") else "iterator", "->", shape(s))

# star in different positions, and star wildcard
def where(seq):
    match seq:
        case [*_, 0]:
            return "ends with 0"
        case [0, *_]:
            return "starts with 0"
        case [_, 0, *rest]:
            return f"second is 0, rest {rest}"
        case [*init, x, y] if x == y:
            return f"last two equal after {init}"
        case _:
            return "no rule"
print([where(s) for s in ([1, 0], [0, 1], [1, 0, 2, 3], [5, 6, 7, 7], [1, 2, 3], [0], [])])

# nested sequences with literal and capture sub-patterns
def interpret(cmd):
    match cmd:
        case ["move", ("north" | "south") as d, int(steps)]:
            return f"move {d} by {steps}"
        case ["move", d, _]:
            return f"bad direction {d!r}"
        case ["say", *words] if words:
            return "say " + " ".join(words)
        case ["say"]:
            return "say nothing"
        case [("add" | "sub") as op, [a, b], [c, d]]:
            sign = 1 if op == "add" else -1
            return f"{op} -> {[a + sign * c, b + sign * d]}"
        case [[x, y], *points] if all(len(p) == 2 for p in points):
            return f"polyline from {(x, y)} with {len(points)} more"
        case _:
            return "unknown"
commands = [["move", "north", 3], ["move", "west", 1], ["move", "south", "2"], ["say", "hi", "there"], ["say"],
            ["add", [1, 2], [3, 4]], ["sub", (10, 20), (1, 2)], [[0, 0], [1, 1], [2, 2]], [[0, 0], [1]], "say"]
for c in commands:
    print(c, "->", interpret(c))

# strings, bytes and bytearrays are never sequence patterns; but they match str() patterns
for v in ["abc", b"abc", bytearray(b"ab"), ["a", "b", "c"], ("a", "b", "c")]:
    match v:
        case [a, b, c]:
            print(repr(v), "sequence of three", a, b, c)
        case str() | bytes():
            print(repr(v), "string-like")
        case _:
            print(repr(v), "other")

# captured star is always a list, even for tuple subjects
match (1, 2, 3, 4):
    case (head, *tail):
        print(head, tail, type(tail).__name__)
match range(5):
    case [a, *b, c]:
        print(a, b, c)

# sequences of user classes that register as sequences via collections? use list subclass instead
class Path(list):
    pass
match Path(["usr", "local", "bin"]):
    case ["usr", *rest]:
        print("under usr:", rest)

# deconstructing recursive structures
def total(tree):
    match tree:
        case []:
            return 0
        case [int(n), *rest]:
            return n + total(rest)
        case [list(sub), *rest]:
            return total(sub) + total(rest)
        case _:
            raise TypeError(f"bad node {tree!r}")
print(total([1, [2, 3], [[4]], 5]))
try:
    total([1, "x"])
except TypeError as e:
    print(type(e).__name__, e)

# length check happens before element checks
class Loud(list):
    def __len__(self):
        print("    __len__ called")
        return super().__len__()
match Loud([1, 2, 3]):
    case [a, b]:
        print("two")
    case [a, b, c]:
        print("three", a, b, c)
