# A tokenizer and recursive-descent parser for arithmetic with variables, functions and error reporting.
import math

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise ParseError(f"bad number {text!r}", i)
            tokens.append(("num", float(text) if "." in text else int(text), i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j], i))
            i = j
        elif src.startswith("**", i):
            tokens.append(("op", "**", i))
            i += 2
        elif ch in "+-*/%(),=":
            tokens.append(("op", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    tokens.append(("end", None, len(src)))
    return tokens

class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "round": round}

    def __init__(self, src, env):
        self.tokens = tokenize(src)
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.i]
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            want = value if value is not None else kind
            raise ParseError(f"expected {want!r} but found {tok[1] if tok[1] is not None else 'end'!r}", tok[2])
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.i + 1][1] == "=":
            name = self.take("name")[1]
            self.take("op", "=")
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        self.take("end")
        return value

    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek()[1] in ("*", "/", "%"):
            _, op, pos = self.take()
            rhs = self.unary()
            if op != "*" and rhs == 0:
                raise ParseError("division by zero", pos)
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek()[1] == "**":
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        kind, value, pos = self.peek()
        if kind == "num":
            self.take()
            return value
        if kind == "name":
            self.take()
            if self.peek()[1] == "(":
                self.take()
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                if value not in self.FUNCS:
                    raise ParseError(f"unknown function {value!r}", pos)
                return self.FUNCS[value](*args)
            if value not in self.env:
                raise ParseError(f"undefined variable {value!r}", pos)
            return self.env[value]
        if value == "(":
            self.take()
            inner = self.expr()
            self.take("op", ")")
            return inner
        raise ParseError(f"unexpected token {value if value is not None else 'end'!r}", pos)

print(tokenize("x = 3.5 * (y + 2)"))
env = {"pi": math.pi}
program = ["x = 2", "y = x ** 3 ** 2 / 64", "-x ** 2", "(1 + 2) * -3", "r = 1.5", "round(pi * r ** 2, 3)",
           "max(x, y, 7) % 5", "sqrt(16) + abs(-2.5)", "10 / 4", "7 % 3 + 2 * (1 - 4)", "z = y - x * 3", "z"]
for line in program:
    print(f"{line:<24} => {Parser(line, env).statement()!r}")
print(sorted(env.items()))
for bad in ["1 +", "2 * (3 + 4", "foo(1)", "q + 1", "4 / (2 - 2)", "1 $ 2", "1.2.3", ")", "x = = 2", "max(1,)"]:
    try:
        Parser(bad, env).statement()
    except ParseError as e:
        print(f"{bad:<12} error: {e}")
