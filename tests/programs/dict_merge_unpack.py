# dict merging: | and |=, {**a, **b}, dict(**kw), f(**d) with duplicate/invalid keys, and ordering of overrides.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = dict(a)
c |= b
print(c)
c |= [("w", 0), ("x", -1)]
print(c)
print({**a, **b}, {**b, **a}, {**a, "y": "lit"}, {"y": "lit", **a}, {**{}, **{}})
print(dict(a, **b), dict(**a), dict(a, y=99))
def f(**kw):
    return kw
def g(x, y, z=0):
    return (x, y, z)
print(f(**a), f(**a, **{"z": 3}), g(**a), g(1, **{"y": 2, "z": 3}), f(**{"not an ident": 1}))
show("| list", lambda: a | [("k", 1)])
show("| none", lambda: a | None)
show("ror", lambda: [("k", 1)] | a)
show("dup kwarg", lambda: f(**a, **{"x": 5}))
show("dup kwarg explicit", lambda: f(x=0, **a))
show("non-str key", lambda: f(**{1: 2}))
show("non-mapping", lambda: f(**[1, 2]))
show("non-mapping none", lambda: f(**None))
show("g missing", lambda: g(**{"x": 1}))
show("g unexpected", lambda: g(1, 2, **{"w": 3}))
show("g multiple", lambda: g(1, **{"x": 1, "y": 2}))
show("dict dup kw", lambda: dict({"a": 1}, **{"a": 2}))
show("dict non-str kw", lambda: dict(**{1: 2}))
show("splat non mapping", lambda: {**[1]})
show("splat int", lambda: {**5})
d = {"k": 1}
try:
    d |= 5
except TypeError as e:
    print("TypeError", e)
try:
    d |= [1, 2]
except TypeError as e:
    print("TypeError", e)
print(d)
class Keys:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Keys()), {**Keys()}, f(**Keys()), {"z": 0} | dict(Keys()))
x = {"a": 1}
x |= Keys()
print(x)
ordered = {}
for key in ["delta", "alpha", "charlie", "bravo"]:
    ordered[key] = len(key)
ordered["alpha"] = 0
del ordered["delta"]
ordered["delta"] = 9
print(list(ordered), ordered)
layers = [{"color": "red", "size": 1}, {"size": 2}, {"shape": "square", "color": "blue"}]
merged = {}
for layer in layers:
    merged |= layer
print(merged)
defaults = {"debug": False, "level": 1}
print({**defaults, **{"level": 3}}, defaults | {"debug": True})
f(**{"a": 1}, **{"a": 2})
