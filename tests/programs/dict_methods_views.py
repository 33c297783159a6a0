# dict methods and views: get/setdefault/pop/popitem/update/fromkeys, view set ops, live views, ordering.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), len(d), "a" in d, 1 in d)
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("e", []), d)
d["e"].append(5)
print(d.pop("e"), d.pop("zz", "default"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3), ("x", 10)])
d.update(w=0)
print(d)
keys, vals, items = d.keys(), d.values(), d.items()
print(keys, vals, items)
d["new"] = 99
del d["b"]
print(list(keys), list(vals), list(items), len(keys))
print(keys & {"a", "x", "q"} == {"a", "x"}, sorted(keys | {"q"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}))
print(("a", 1) in items, ("a", 2) in items, 99 in vals, keys == {"a", "x", "y", "z", "w", "new"}, keys.isdisjoint(["m"]))
print(sorted(items - {("a", 1)}), reversed(d) is not None, list(reversed(d)), list(reversed(d.values())))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", range(2))), dict())
e = d.copy()
e["a"] = "changed"
print(d["a"], e["a"], e == d, {1: "a"} == {1.0: "a"}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
e.clear()
print(e, bool(e))
m = {1: "int", 1.0: "float", True: "bool"}
print(m, {(): 0, (1,): 1, "s": 2, None: 3, frozenset(): 4})
show("missing", lambda: d["missing"])
show("pop missing", lambda: {}.pop("k"))
show("popitem empty", lambda: {}.popitem())
show("unhashable", lambda: {[1]: 2})
show("unhashable get", lambda: {}.get([1]))
show("unhashable in", lambda: [1] in {})
show("dict from bad seq", lambda: dict([1, 2]))
show("dict from bad pairs", lambda: dict([(1, 2, 3)]))
show("dict from str pairs", lambda: dict(["ab", "cde"]))
show("update bad", lambda: {}.update(5))
show("fromkeys bad", lambda: dict.fromkeys(5))
show("views not subscriptable", lambda: d.keys()[0])
show("get 3 args", lambda: d.get(1, 2, 3))
show("dict 2 pos", lambda: dict({}, {}))
show("lt", lambda: {} < {})
it = iter(d)
next(it)
try:
    d["another"] = 1
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
cnt = {}
for word in "a b a c b a".split():
    cnt[word] = cnt.get(word, 0) + 1
print(cnt, max(cnt, key=cnt.get), sorted(cnt, key=lambda k: -cnt[k]))
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv, {k: v for k, v in sorted(cnt.items())})
print({"key": 1}["nokey"])
