# Symbolic algebra with match statements: expression classes with __match_args__, simplification
# rules as class/literal/guard patterns, differentiation, evaluation and pretty printing.

class Expr:
    def __add__(self, o):
        return Add(self, lift(o))
    def __radd__(self, o):
        return Add(lift(o), self)
    def __mul__(self, o):
        return Mul(self, lift(o))
    def __rmul__(self, o):
        return Mul(lift(o), self)
    def __pow__(self, n):
        return Pow(self, n)
    def __eq__(self, o):
        return type(self) is type(o) and vars(self) == vars(o)
    def __hash__(self):
        return hash((type(self).__name__,) + tuple(vars(self).values()))

class Num(Expr):
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
class Var(Expr):
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
class Add(Expr):
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
class Mul(Expr):
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
class Pow(Expr):
    __match_args__ = ("base", "n")
    def __init__(self, base, n):
        self.base, self.n = base, n

def lift(x):
    match x:
        case Expr():
            return x
        case int() | float():
            return Num(x)
        case str():
            return Var(x)
        case _:
            raise TypeError(f"cannot lift {type(x).__name__}")

def show(e):
    match e:
        case Num(v) if v < 0:
            return f"({v})"
        case Num(v):
            return str(v)
        case Var(name):
            return name
        case Add(a, Mul(Num(-1), b)):
            return f"({show(a)} - {show(b)})"
        case Add(a, b):
            return f"({show(a)} + {show(b)})"
        case Mul(Num(v), Var() as x):
            return f"{v}{show(x)}"
        case Mul(a, b):
            return f"{show(a)}*{show(b)}"
        case Pow(base, n):
            return f"{show(base)}^{n}"

def simplify(e):
    match e:
        case Add(a, b):
            a, b = simplify(a), simplify(b)
            match (a, b):
                case (Num(0), x) | (x, Num(0)):
                    return x
                case (Num(p), Num(q)):
                    return Num(p + q)
                case (x, y) if x == y:
                    return simplify(Mul(Num(2), x))
                case (Mul(Num(p), x), Mul(Num(q), y)) if x == y:
                    return simplify(Mul(Num(p + q), x))
            return Add(a, b)
        case Mul(a, b):
            a, b = simplify(a), simplify(b)
            match (a, b):
                case (Num(0), _) | (_, Num(0)):
                    return Num(0)
                case (Num(1), x) | (x, Num(1)):
                    return x
                case (Num(p), Num(q)):
                    return Num(p * q)
                case (x, Num() as n):
                    return simplify(Mul(n, x))
                case (Num(p), Mul(Num(q), x)):
                    return simplify(Mul(Num(p * q), x))
                case (x, y) if x == y:
                    return Pow(x, 2)
                case (Pow(x, m), y) if x == y:
                    return Pow(x, m + 1)
            return Mul(a, b)
        case Pow(x, 0):
            return Num(1)
        case Pow(x, 1):
            return simplify(x)
        case Pow(base, n):
            return Pow(simplify(base), n)
        case _:
            return e

def diff(e, var):
    match e:
        case Num():
            return Num(0)
        case Var(name):
            return Num(1 if name == var else 0)
        case Add(a, b):
            return Add(diff(a, var), diff(b, var))
        case Mul(a, b):
            return Add(Mul(diff(a, var), b), Mul(a, diff(b, var)))
        case Pow(base, n):
            return Mul(Mul(Num(n), Pow(base, n - 1)), diff(base, var))

def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(name):
            if name not in env:
                raise NameError(f"variable {name!r} has no value")
            return env[name]
        case Add(a, b):
            return evaluate(a, env) + evaluate(b, env)
        case Mul(a, b):
            return evaluate(a, env) * evaluate(b, env)
        case Pow(base, n):
            return evaluate(base, env) ** n

x, y = Var("x"), Var("y")
exprs = [x + 0, 0 * x + 1 * y, x + x, 3 * x + 4 * x, x * x, (x * x) * x, 2 * (3 * x), x ** 1 + x ** 0, (x + -1 * y) * 1]
for e in exprs:
    print(f"{show(e):<24} => {show(simplify(e))}")
poly = 3 * x ** 3 + 2 * x * y + 5
for v in ("x", "y"):
    d = simplify(diff(poly, v))
    print(f"d/d{v} {show(poly)} = {show(d)} ; at x=2,y=3: {evaluate(d, {'x': 2, 'y': 3})}")
print(evaluate(poly, {"x": 2, "y": -1}), simplify(x + x) == Mul(Num(2), x), len({x, Var("x"), y}))
for bad in (lambda: evaluate(poly, {"x": 1}), lambda: lift([1]), lambda: x + "y" + None):
    try:
        bad()
    except (NameError, TypeError) as e:
        print(type(e).__name__, e)
