# A small expression evaluator that reports errors through exceptions.

class CalcError(Exception):
    def __init__(self, message, pos):
        super().__init__(message, pos)
        self.message = message
        self.pos = pos
    def __str__(self):
        return "%s at position %d" % (self.message, self.pos)

class ParseError(CalcError):
    pass

class EvalError(CalcError):
    pass

def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " ":
            i += 1
        elif ch.isdigit():
            start = i
            while i < len(text) and text[i].isdigit():
                i += 1
            tokens.append(("num", int(text[start:i]), start))
        elif ch in "+-*/%()":
            tokens.append(("op", ch, i))
            i += 1
        else:
            raise ParseError("unexpected character %r" % ch, i)
    tokens.append(("end", None, len(text)))
    return tokens

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def advance(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, value):
        kind, v, pos = self.advance()
        if v != value:
            raise ParseError("expected %r" % value, pos)

    def expr(self):
        left = self.term()
        while self.peek()[1] in ("+", "-") and self.peek()[0] == "op":
            op = self.advance()
            right = self.term()
            left = (op[1], left, right, op[2])
        return left

    def term(self):
        left = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in ("*", "/", "%"):
            op = self.advance()
            right = self.factor()
            left = (op[1], left, right, op[2])
        return left

    def factor(self):
        kind, v, pos = self.advance()
        if kind == "num":
            return v
        if kind == "op" and v == "(":
            inner = self.expr()
            self.expect(")")
            return inner
        if kind == "op" and v == "-":
            return ("neg", self.factor(), None, pos)
        if kind == "end":
            raise ParseError("unexpected end of input", pos)
        raise ParseError("unexpected %r" % v, pos)

    def parse(self):
        tree = self.expr()
        kind, v, pos = self.peek()
        if kind != "end":
            raise ParseError("trailing %r" % v, pos)
        return tree

def evaluate(node):
    if isinstance(node, int):
        return node
    op, a, b, pos = node
    if op == "neg":
        return -evaluate(a)
    x = evaluate(a)
    y = evaluate(b)
    try:
        if op == "+":
            return x + y
        if op == "-":
            return x - y
        if op == "*":
            return x * y
        if op == "/":
            return x // y
        if op == "%":
            return x % y
    except ZeroDivisionError as e:
        raise EvalError("division by zero", pos) from e
    raise EvalError("unknown operator %r" % op, pos)

def calc(text):
    try:
        tree = Parser(tokenize(text)).parse()
        value = evaluate(tree)
    except ParseError as e:
        return "parse error: %s" % e
    except EvalError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else "-"
        return "eval error: %s (cause %s)" % (e, cause)
    else:
        return value
    finally:
        calc.calls += 1
calc.calls = 0

tests = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "10 / 3",
    "10 % 4 + 7 / 2",
    "-5 * -(2 + 1)",
    "2 * (3 + 4) * 5 - 6",
    "8 / (4 - 4)",
    "7 % (2 - 2)",
    "1 + ",
    "(1 + 2",
    "1 + 2)",
    "3 $ 4",
    "",
    "((((9))))",
    "100 - 1 - 1 - 1",
]
for t in tests:
    print("%-22r => %r" % (t, calc(t)))
print("calls:", calc.calls)

# Error objects keep their data.
try:
    tokenize("12 + x")
except CalcError as e:
    print(type(e).__name__, e.args, e.message, e.pos, isinstance(e, ParseError))
