# None: the singleton, implicit returns, identity tests, and the errors None produces everywhere.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def nothing():
    pass
def bare_return():
    return
def maybe(x):
    if x > 0:
        return x
print(nothing(), bare_return(), maybe(1), maybe(-1), print("inner print returns"), [].append(1), {}.clear())
NoneType = type(None)
print(NoneType, NoneType.__name__, NoneType() is None, type(None)() is None, None is None, None == None)
print(repr(None), str(None), bool(None), f"{None}", "%s" % None, format(None), format(None, "") + "|")
print(None in [0, False, ""], None in [1, None], [None] * 3, (None,), {None: None}, {None, None})
print(hash(None) == hash(None), None.__eq__(None), None.__eq__(0), None.__ne__(1), None.__bool__())
print(None != 0, None != False, None != "", None == 0, nothing() is not None, isinstance(None, NoneType), isinstance(None, object))

show("add", lambda: None + 1)
show("radd", lambda: 1 + None)
show("neg", lambda: -None)
show("lt", lambda: None < 1)
show("lt none", lambda: None < None)
nil = None
show("call", lambda: nil())
show("subscript", lambda: nil[0])
show("item assign", lambda: nothing().__setitem__(0, 1))
show("attribute", lambda: None.value)
show("len", lambda: len(None))
show("iter", lambda: list(None))
show("unpack", lambda: [a for a, b in [None]])
show("in", lambda: 1 in None)
show("int", lambda: int(None))
show("float", lambda: float(None))
show("format spec", lambda: format(None, ">5"))
show("sorted with None", lambda: sorted([3, None, 1]))
show("max with None", lambda: max([None, None]))
show("setattr", lambda: setattr(None, "x", 1))
show("NoneType args", lambda: NoneType(1))

# None as a default and sentinel
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, [0]))

_missing = object()
def lookup(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        raise KeyError(key)
    return default
table = {"a": None}
print(lookup(table, "a"), lookup(table, "b", None), lookup(table, "b", "dflt"))
show("lookup missing", lambda: lookup(table, "zz"))

# filtering and sorting data that contains None
rows = [("ann", 3), ("bob", None), ("cy", 1), ("dee", None), ("eve", 2)]
print([name for name, v in rows if v is not None], sorted(rows, key=lambda r: (r[1] is None, r[1] or 0)))
print(list(filter(None, [0, None, 1, "", "x", [], [0]])), [v if v is not None else -1 for _, v in rows])
print(dict.fromkeys("ab"), {}.get("k"), [].pop() if False else None, getattr(None, "missing", "fallback"))
x = None
x = x or "set by or"
y = None
y = "walrus" if (z := y) is None else z
print(x, y, z)
