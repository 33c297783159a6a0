# An uncaught exception whose class is nested in another class and has a custom __str__;
# the traceback's last line uses the class's qualified name.

class Parser:
    class Error(Exception):
        def __init__(self, line, col, msg):
            super().__init__(line, col, msg)
            self.line, self.col, self.msg = line, col, msg
        def __str__(self):
            return f"line {self.line}, column {self.col}: {self.msg}"

    def __init__(self, text):
        self.lines = text.splitlines()

    def parse(self):
        result = []
        for ln, line in enumerate(self.lines, 1):
            depth = 0
            for col, ch in enumerate(line, 1):
                if ch == "(":
                    depth += 1
                elif ch == ")":
                    depth -= 1
                    if depth < 0:
                        raise Parser.Error(ln, col, "unexpected ')'")
            if depth:
                raise Parser.Error(ln, len(line), f"{depth} unclosed '('")
            result.append(line.count("("))
        return result

class Outer:
    class Middle:
        class Deep(LookupError):
            pass

print(Parser("(a)\n((b))\nc").parse())
for text in ["(()", "())", "a\n)("]:
    try:
        Parser(text).parse()
    except Parser.Error as e:
        print(type(e).__name__, type(e).__qualname__, "|", e, "|", e.args, "|", repr(e))

try:
    raise Outer.Middle.Deep("deeply nested")
except LookupError as e:
    print(type(e).__qualname__, repr(e), isinstance(e, Outer.Middle.Deep))

class EmptyMessage(Exception):
    pass
try:
    raise EmptyMessage
except EmptyMessage as e:
    print(repr(str(e)), repr(e))

Parser("ok()\n(broken").parse()
