# dict ordering after deletes and reinsertion, live views, view set algebra, mutation-during-iteration errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {"c": 3, "a": 1, "b": 2}
print(list(d), list(d.values()), list(d.items()))
d["a"] = 10
print("update keeps position:", d)
del d["c"]
d["c"] = 30
print("reinsert goes last:", d)
d.update({"a": 0, "z": 26})
print(d, list(reversed(d)), list(reversed(d.items())), next(iter(d)), next(reversed(d.values())))
d.pop("a")
d.setdefault("a", -1)
d.setdefault("b", 99)
print(d, d.popitem(), d)

# views are live
inv = {"apples": 3, "pears": 0}
keys, values, items = inv.keys(), inv.values(), inv.items()
inv["kiwis"] = 7
print(keys, values, items, len(keys), "kiwis" in keys, 7 in values, ("kiwis", 7) in items, ("kiwis", 8) in items)
del inv["apples"]
print(list(keys), list(values), list(items))
print(keys.mapping, type(keys).__name__, type(values).__name__, type(items).__name__)

# set operations on keys and items views
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(a.items() & b.items(), sorted(a.items() - b.items()), a.keys() & {"x", "q"}, a.keys() <= {"x", "y", "z", "extra"})
print(a.keys() == {"x", "y", "z"}, a.keys() == ["x", "y", "z"], a.keys().isdisjoint(["q"]), {"x": 0}.keys() < a.keys())
print(a.values() == a.values(), list(a.values()) == [1, 2, 3])
show("values and", lambda: a.values() & b.values())
show("view index", lambda: a.keys()[0])
show("items unhashable in and", lambda: {"k": [1]}.items() & {"k": [1]}.items())

# changing size during iteration is detected
counts = {1: "a", 2: "b"}
try:
    for k in counts:
        counts[k + 10] = "new"
except RuntimeError as e:
    print(type(e).__name__, e)
print(counts)
try:
    for k in counts.keys():
        del counts[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(counts)
try:
    for v in counts.values():
        counts.pop(11)
except RuntimeError as e:
    print(type(e).__name__, e)
# changing values only is allowed
scores = {"a": 1, "b": 2, "c": 3}
for k in scores:
    scores[k] *= 100
print(scores)
for k in list(scores):
    if scores[k] > 100:
        del scores[k]
print(scores)

# equality ignores order, ordering-sensitive comparisons of lists of items do not
x = {"one": 1, "two": 2}
y = {"two": 2, "one": 1}
print(x == y, list(x) == list(y), list(x.items()) == list(y.items()), x.items() == y.items())
show("dict lt", lambda: x < y)

# dict built from various sources keeps first-seen key order, last-seen value
pairs = [("k", 1), ("j", 2), ("k", 3)]
print(dict(pairs), dict.fromkeys("hello"), dict(zip("abc", range(3))), {**x, "zero": 0, "one": 111})
print({k: v for k, v in sorted(x.items(), key=lambda kv: -kv[1])}, dict(sorted(y.items())))
show("bad pair length", lambda: dict([("a", 1, 2)]))
show("not a pair", lambda: dict([1, 2]))
show("popitem empty", lambda: {}.popitem())
show("missing key", lambda: {"a": 1}["b"])
show("tuple key missing", lambda: {}[(1, 2)])
