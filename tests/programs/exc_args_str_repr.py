# e.args, str(e), repr(e) for built-in exceptions with various arguments.

samples = [
    ValueError(),
    ValueError("one"),
    ValueError("two", 2),
    ValueError(3),
    ValueError(None),
    ValueError(""),
    ValueError("a", "b", "c"),
    ValueError(("tuple", "arg")),
    ValueError([1, 2]),
    KeyError(),
    KeyError("key"),
    KeyError(5),
    KeyError("a", "b"),
    KeyError(""),
    IndexError("index"),
    TypeError("quote ' and \" inside"),
    RuntimeError("multi\nline"),
    Exception("base", 1, 2.5, True),
    ZeroDivisionError("division by zero"),
    StopIteration(),
    StopIteration(42),
    SystemExit(),
    SystemExit(2),
    SystemExit("message"),
    AssertionError("assert"),
    NotImplementedError(),
    UnicodeError("u"),
    AttributeError("attr"),
    NameError("name"),
]

for e in samples:
    print("%-18s args=%-24r str=%-22r repr=%s" % (type(e).__name__, e.args, str(e), repr(e)))

print()
# Attributes of some exceptions.
print("StopIteration(42).value =", StopIteration(42).value)
print("StopIteration().value =", StopIteration().value)
print("SystemExit(2).code =", SystemExit(2).code)
print("SystemExit().code =", SystemExit().code)
print("SystemExit(1, 2).code =", SystemExit(1, 2).code)

# args is a tuple and can be replaced.
e = ValueError("x")
print(type(e.args).__name__, e.args)
e.args = ("replaced", 1)
print("after replacing args:", e.args, str(e), repr(e))
e.args = ["list", "becomes", "tuple"]
print("args from list:", e.args, type(e.args).__name__)

# Errors raised by real operations.
def capture(thunk):
    try:
        thunk()
    except Exception as e:
        return e

NOTHING = None
errs = [
    capture(lambda: 1 / 0),
    capture(lambda: 1 % 0),
    capture(lambda: 1.0 / 0),
    capture(lambda: {}["missing"]),
    capture(lambda: {}[("tuple", 1)]),
    capture(lambda: [1, 2, 3][10]),
    capture(lambda: "abc"[5]),
    capture(lambda: (1,)[-2]),
    capture(lambda: int("x1")),
    capture(lambda: int("")),
    capture(lambda: float("nan?")),
    capture(lambda: 1 + "1"),
    capture(lambda: "1" + 1),
    capture(lambda: [] + ()),
    capture(lambda: len(3)),
    capture(lambda: NOTHING()),
    capture(lambda: (5).real.missing),
    capture(lambda: undefined_thing),
    capture(lambda: [].remove(1)),
    capture(lambda: {}.popitem()),
    capture(lambda: iter(5)),
    capture(lambda: next(iter([]))),
    capture(lambda: "x" * "y"),
    capture(lambda: -"s"),
    capture(lambda: "abc".index("d")),
    capture(lambda: chr(-1)),
    capture(lambda: divmod(5, 0)),
    capture(lambda: 2 ** -1 % 0),
]
for e in errs:
    print("%-18s %s" % (type(e).__name__, repr(e)))

print()
# str of KeyError uses repr of the key; other exceptions use str of the single arg.
print(str(KeyError("k")), str(IndexError("k")), str(ValueError("k")))
print(str(KeyError(1)), str(KeyError((1, 2))), str(ValueError((1, 2))))
print(str(Exception(1, "two")), str(Exception("only")))

# Formatting exceptions in f-strings and % formatting.
err = ValueError("formatted")
print(f"{err}|{err!r}|{err!s}")
print("%s|%r" % (err, err))
print("{}|{!r}".format(err, err))

# Exceptions compare by identity, not by value.
a = ValueError("same")
b = ValueError("same")
print("equal:", a == b, "same args:", a.args == b.args, "self equal:", a == a)
