# Subclassing built-in types: list, dict, int, str, Exception.

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None
    def __repr__(self):
        return "Stack(%s)" % list.__repr__(self)

s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s[0], s[-1], 2 in s, list(s))
print(s.pop(), s, isinstance(s, list), type(s).__name__)
s.extend([7, 8])
print(s, sorted(s, reverse=True), sum(s))
print(type(s + [9]).__name__, type(s[1:]).__name__)   # operations return plain lists

class DefaultDict(dict):
    def __init__(self, default, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default = default
    def __missing__(self, key):
        value = self.default()
        self[key] = value
        return value

counts = DefaultDict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(sorted(counts.items()), counts.default.__name__)
groups = DefaultDict(list, seed=[0])
for n in range(7):
    groups["even" if n % 2 == 0 else "odd"].append(n)
print(sorted(groups.items()))
print(groups.get("none"), "none" in groups, len(groups))

class CaseInsensitiveDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return super().__contains__(key.lower())

ci = CaseInsensitiveDict()
ci["Name"] = "ann"
ci["AGE"] = 30
print(ci["name"], ci["NAME"], ci["age"], "nAmE" in ci, sorted(ci.keys()))

class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError("%d is odd" % value)
        return super().__new__(cls, value)
    def half(self):
        return Even(self // 2) if (self // 2) % 2 == 0 else int(self // 2)

e = Even(12)
print(e, e + 1, e * 2, e.half(), e.half().half(), type(e).__name__, type(e + 1).__name__)
try:
    Even(7)
except ValueError as err:
    print("ValueError:", err)
print(isinstance(e, int), e == 12, hash(e) == hash(12), {e: "twelve"}[12])

class Title(str):
    def __new__(cls, text):
        return super().__new__(cls, text.strip().title())
    def words(self):
        return self.split()
t = Title("  the quick brown fox ")
print(t, len(t), t.words(), t.upper(), type(t.upper()).__name__, t == "The Quick Brown Fox")
print(repr(t), t + "!", t[4:9])

class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__("%s: %s" % (field, problem))
        self.field = field
try:
    raise ValidationError("email", "missing @")
except ValueError as err:
    print(type(err).__name__, err, err.field, err.args)

class Matrix(list):
    def __init__(self, rows):
        super().__init__([list(r) for r in rows])
    @property
    def shape(self):
        return (len(self), len(self[0]) if self else 0)
    def transpose(self):
        return Matrix(zip(*self))
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m, m.shape, m.transpose(), m.transpose().shape)
