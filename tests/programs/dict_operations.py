# Dictionary operations in depth.

d = {"b": 2, "a": 1}
d["c"] = 3
d["a"] = 10                     # update keeps the original position
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d["b"], d.get("z"), d.get("z", 0), "a" in d, "z" in d, "z" not in d, 10 in d)

print(d.pop("b"), d, d.pop("zz", "default"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("a", 99), d.setdefault("new", []), d)
d["new"].append("x")
print(d)
d.update({"c": 30, "d": 4})
d.update(e=5, f=6)
d.update([("g", 7)])
print(d)
del d["new"]
print(d, d.popitem(), d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)

# Views are live.
inv = {"apples": 3, "pears": 0}
keys = inv.keys()
vals = inv.values()
items = inv.items()
inv["plums"] = 5
print(list(keys), list(vals), list(items), len(keys))
print(keys & {"apples", "kiwis"}, sorted(keys | {"kiwis"}), keys - {"pears"} == {"apples", "plums"})
print(("plums", 5) in items, ("plums", 6) in items)

# Changing size during iteration is an error.
try:
    for k in inv:
        inv["extra_" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(inv))
for k in list(inv):
    if k.startswith("extra_"):
        del inv[k]
print(inv)

# Construction.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True))
print(dict.fromkeys("abc"), dict.fromkeys(["p", "q"], 0), dict(zip("xyz", range(3))))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print("fromkeys shares the value:", shared)

# Merge operators (3.9+).
x = {"a": 1, "b": 2}
y = {"b": 20, "c": 30}
print(x | y, y | x, {**x, **y}, {**y, "a": 0})
x |= {"z": 26}
print(x)

# Equality ignores order; keys can be any hashable.
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: "int"} == {1.0: "int"}, {True: "t"} == {1: "t"})
mixed = {1: "one", 1.0: "float one", True: "true", (1, 2): "tuple", None: "none", "1": "str"}
print(mixed, len(mixed))
try:
    {[1]: 1}
except TypeError as e:
    print("TypeError:", e)

# Copies.
orig = {"list": [1, 2], "n": 1}
shallow = orig.copy()
shallow["n"] = 2
shallow["list"].append(3)
print(orig, shallow)

# Nested dicts and counting/grouping patterns.
text = "one two three two three three"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq, max(freq, key=freq.get), sorted(freq, key=lambda k: -freq[k]))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)

# Iterating in insertion order, reversed, sorted.
order = {"z": 1, "y": 2, "x": 3}
print(list(order), list(reversed(order)), sorted(order), sorted(order.items(), key=lambda kv: kv[1], reverse=True))
for i, (k, v) in enumerate(order.items()):
    print(i, k, v)

# Deleting and re-inserting moves the key to the end.
order["new"] = 0
del order["z"]
order["z"] = 1
print(order)

# Errors.
for thunk in [lambda: {}["k"], lambda: {}.popitem(), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {1: 2} + {3: 4}]:
    try:
        thunk()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
