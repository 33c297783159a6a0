# A hand-written JSON-like serializer, pretty printer and parser, with round-trip checks and errors.

class JSONError(ValueError):
    pass

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}

def quote(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

def dumps(value, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if value is None or value is True or value is False:
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise JSONError(f"cannot encode {value!r}")
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, level + 1) for v in value) + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise JSONError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + quote(k) + ": " + dumps(v, indent, level + 1))
        return "{" + sep.join(items) + end + "}"
    raise JSONError(f"Object of type {type(value).__name__} is not serializable")

class Reader:
    def __init__(self, text):
        self.text, self.i = text, 0
    def error(self, msg):
        raise JSONError(f"{msg} at char {self.i}")
    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \n\t\r":
            self.i += 1
    def value(self):
        self.ws()
        if self.i >= len(self.text):
            self.error("unexpected end")
        ch = self.text[self.i]
        if ch in '{["':
            return {"{": self.obj, "[": self.arr, '"': self.string}[ch]()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()
    def obj(self):
        self.i += 1
        result = {}
        self.ws()
        if self.text[self.i:self.i + 1] == "}":
            self.i += 1
            return result
        while True:
            self.ws()
            if self.text[self.i:self.i + 1] != '"':
                self.error("expected string key")
            key = self.string()
            self.ws()
            if self.text[self.i:self.i + 1] != ":":
                self.error("expected ':'")
            self.i += 1
            result[key] = self.value()
            self.ws()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == "}":
                return result
            if ch != ",":
                self.error("expected ',' or '}'")
    def arr(self):
        self.i += 1
        result = []
        self.ws()
        if self.text[self.i:self.i + 1] == "]":
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.ws()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == "]":
                return result
            if ch != ",":
                self.error("expected ',' or ']'")
    def string(self):
        self.i += 1
        out = []
        rev = {v[1]: k for k, v in ESCAPES.items()}
        while self.i < len(self.text):
            ch = self.text[self.i]
            if ch == '"':
                self.i += 1
                return "".join(out)
            if ch == "\\":
                nxt = self.text[self.i + 1]
                if nxt == "u":
                    out.append(chr(int(self.text[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append(rev[nxt])
                self.i += 2
                continue
            out.append(ch)
            self.i += 1
        self.error("unterminated string")
    def number(self):
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.text[start:self.i]
        if not text:
            self.error("unexpected character " + repr(self.text[self.i]))
        return float(text) if any(c in text for c in ".eE") else int(text)

def loads(text):
    r = Reader(text)
    v = r.value()
    r.ws()
    if r.i != len(text):
        r.error("extra data")
    return v

doc = {"name": "Widget \"Pro\"", "tags": ["a", "b\tc"], "price": 12.5, "stock": 0, "active": True,
       "dims": {"w": 1.25, "h": 2, "extra": None}, "notes": "line1\nline2", "empty": [], "obj": {}, "big": 2 ** 70}
compact = dumps(doc)
print(compact)
print(dumps(doc, indent=2))
back = loads(compact)
print(back == doc, loads(dumps(doc, indent=4)) == doc, loads(' [1, -2.5e3, "\\u00e9", {"k": [true, null]}] '))
for bad in [{1: "x"}, {"s": {1, 2}}, float("nan"), [float("inf")]]:
    try:
        dumps(bad)
    except JSONError as e:
        print("encode error:", e)
for text in ['{"a" 1}', "[1, 2", '{"a": 1,}', '"open', "[1] x", "@", '{1: 2}']:
    try:
        print(loads(text))
    except (JSONError, IndexError) as e:
        print(f"decode error for {text!r}: {type(e).__name__}: {e}")
