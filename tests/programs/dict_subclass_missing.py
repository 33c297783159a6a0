# dict subclasses: __missing__, which methods bypass overrides, custom key objects, mapping protocol for **.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class DefaultZero(dict):
    def __missing__(self, key):
        print("  __missing__", repr(key))
        return 0
dz = DefaultZero(a=1)
print(dz["a"], dz["b"], dz, dz.get("c"), "c" in dz, dz.get("c", "get default"))
dz["b"] += 5
print(dz, len(dz), type(dz).__name__, isinstance(dz, dict))

class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value
tree = AutoVivify()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
tree["z"]
print(tree, "z" in tree)

class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper()
u["abc"] = 1
print(u, u["ABC"], u["aBc"])
u2 = Upper(init=1)
u2.update(more=2)
u2.setdefault("lower", 3)
print("constructor/update/setdefault bypass __setitem__:", u2)
print("get bypasses __getitem__:", u.get("abc"), u.get("ABC"))
show("missing upper", lambda: u["nope"])

class Logged(dict):
    def __init__(self, *args, **kwargs):
        print("  Logged.__init__", args, kwargs)
        super().__init__(*args, **kwargs)
    def __repr__(self):
        return "Logged(" + super().__repr__() + ")"
lg = Logged({"x": 1}, y=2)
merged = lg | {"z": 3}
print(lg, merged, type(merged).__name__, lg.copy(), type(lg.copy()).__name__)
lg |= {"w": 0}
print(lg, type(lg).__name__)

# a minimal mapping accepted by ** and dict(): keys() plus __getitem__
class Config:
    def __init__(self, **items):
        self._items = items
    def keys(self):
        return list(self._items)
    def __getitem__(self, key):
        return self._items[key] * 10
def f(**kwargs):
    return kwargs
cfg = Config(alpha=1, beta=2)
print(f(**cfg), dict(cfg), {**cfg, "gamma": 3})
d = {}
d.update(cfg)
print(d)
show("star-star non mapping", lambda: f(**[1, 2]))
show("star-star non str keys", lambda: f(**{1: "x"}))
show("star-star duplicate", lambda: f(alpha=0, **cfg))
show("dict of non iterable", lambda: dict(5))

# custom keys with __eq__ and __hash__ mixing with builtin keys
class CaseInsensitive:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return hash(self.s.lower())
    def __eq__(self, other):
        if isinstance(other, CaseInsensitive):
            return self.s.lower() == other.s.lower()
        if isinstance(other, str):
            return self.s.lower() == other.lower()
        return NotImplemented
    def __repr__(self):
        return "CI(%r)" % self.s
headers = {CaseInsensitive("Content-Type"): "text/plain"}
headers[CaseInsensitive("CONTENT-TYPE")] = "text/html"
print(headers, len(headers), headers.get(CaseInsensitive("content-type")), headers.get("content-type"))
print("content-type" in headers, CaseInsensitive("content-type") in {"content-type": 1})

# counting and grouping patterns
words = "the cat and the hat and the bat".split()
counts = DefaultZero()
for w in words:
    counts[w] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups, {k: sorted(set(v)) for k, v in groups.items()})
