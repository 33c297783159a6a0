# match: literal, capture, wildcard, value (dotted) and or-patterns, guards, and evaluation order.

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Limits:
    ZERO = 0
    MAX = 100

def describe(value):
    match value:
        case 0:
            return "int zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary two"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes raw"
        case True:
            return "True literal"
        case None:
            return "None literal"
        case Color.RED | Color.GREEN:
            return "warm-ish color"
        case Limits.MAX:
            return "at max"
        case str() as s if s.startswith("x"):
            return f"x-string {s!r}"
        case other:
            return f"other {other!r}"

for v in [0, 0.0, False, 1, True, 3, -1, 1.5, 2j, "hello", b"raw", None, "red", "green", "blue", 100, 100.0,
          "xyz", [1], "Hello", 4]:
    print(repr(v), "->", describe(v))

# True/False/None match by identity, other literals by equality
def truthy_kind(v):
    match v:
        case True:
            return "is True"
        case 1:
            return "equals 1"
        case False:
            return "is False"
        case 0:
            return "equals 0"
    return "no match"
print([truthy_kind(v) for v in (True, 1, 1.0, False, 0, 0.0, None)])

# guards are evaluated after binding, in order, and the binding persists
def classify(n):
    match n:
        case x if x < 0:
            kind = "negative"
        case x if x % 2 == 0 and x > 10:
            kind = "big even"
        case x if x % 2 == 0:
            kind = "even"
        case x:
            kind = "odd"
    return kind, x
print([classify(n) for n in (-5, 12, 4, 7)])

def noisy_guard(label, result):
    print("    guard", label)
    return result
def guarded(v):
    match v:
        case 1 if noisy_guard("first", False):
            return "first"
        case 1 | 2 if noisy_guard("second", True):
            return "second"
        case _ if noisy_guard("third", True):
            return "third"
print(guarded(1), guarded(2), guarded(3))

# no case matched: the match statement does nothing
def maybe(v):
    result = "unchanged"
    match v:
        case "a":
            result = "A"
    return result
print(maybe("a"), maybe("b"))

# the subject is evaluated once
def subject():
    print("    evaluating subject")
    return 42
match subject():
    case 41:
        print("41")
    case 42:
        print("matched 42")

# capture pattern binds even in later failing alternatives? Only the successful one is visible
def status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as redirect:
            return f"redirect {redirect}"
        case 400 | 404 | 418 as client:
            return f"client error {client}"
        case _:
            return "unknown"
print([status(c) for c in (200, 204, 302, 404, 418, 500)])

# matching strings does not match substrings or case-insensitively
commands = ["go", "GO", "go north", "quit", "q", ""]
for cmd in commands:
    match cmd:
        case "go" | "g":
            print(repr(cmd), "move")
        case "quit" | "q" | "exit":
            print(repr(cmd), "bye")
        case "":
            print(repr(cmd), "empty")
        case _:
            print(repr(cmd), "unknown command")
