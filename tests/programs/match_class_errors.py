# The TypeErrors class patterns raise at run time, the subject a builtin type
# matches as itself, and __match_args__ checks.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Bad:
    __match_args__ = ["x"]


class BadElem:
    __match_args__ = (1,)


class MyInt(int):
    pass


def attempt(label, subject, which):
    try:
        match subject:
            case Point(1, 2, 3) if which == "too many":
                print("unreachable")
            case int(1, 2) if which == "self two":
                print("unreachable")
            case Point(1, x=2) if which == "repeated":
                print("unreachable")
            case Bad(1) if which == "list args":
                print("unreachable")
            case BadElem(1) if which == "int elem":
                print("unreachable")
            case MyInt(5) if which == "subclass self":
                print(label, "matched MyInt(5) as itself")
            case Point(x=1, z=_) if which == "missing attr":
                print("unreachable")
            case _:
                print(label, "no match")
    except TypeError as e:
        print(label, type(e).__name__, e)


attempt("too many", Point(1, 2), "too many")
attempt("self two", 5, "self two")
attempt("repeated", Point(1, 2), "repeated")
attempt("list args", Bad(), "list args")
attempt("int elem", BadElem(), "int elem")
attempt("subclass self", MyInt(5), "subclass self")
attempt("missing attr", Point(1, 2), "missing attr")
match 5:
    case 5.0:
        print("5 == 5.0 matches a value pattern")
match [1, 2]:
    case (1, 2):
        print("a list matches a tuple pattern")
match "ab":
    case [a, b]:
        print("strings are not sequences here", a, b)
    case str(s):
        print("str(s) binds", s)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match 42:
    case 1 | 2:
        pass
    case other:
        print("captured", other)
match Point(1, 2):
    case 3:
        pass
