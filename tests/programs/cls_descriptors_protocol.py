# Descriptors: __get__/__set__/__delete__/__set_name__, data vs non-data precedence, functions as descriptors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Typed:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.storage = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.storage, value)
    def __delete__(self, obj):
        print(f"  deleting {self.name}")
        delattr(obj, self.storage)

print("defining Item")
class Item:
    name = Typed(str, "unnamed")
    qty = Typed(int, 0)
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
print("defined")
it = Item("bolt", 4)
print(it.name, it.qty, vars(it), type(Item.name).__name__, Item.qty.storage)
it.qty = 10
print(it.qty)
show("wrong type", lambda: setattr(it, "qty", "ten"))
del it.qty
print(it.qty, vars(it))

# a data descriptor wins over the instance dict; a non-data descriptor loses
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class Data:
    def __get__(self, obj, objtype=None):
        return "from data descriptor"
    def __set__(self, obj, value):
        print("  Data.__set__ intercepted", value)
class Host:
    nd = NonData()
    d = Data()
h = Host()
print(h.nd, h.d)
h.__dict__["nd"] = "instance value"
h.__dict__["d"] = "instance value"
print(h.nd, h.d)
h.d = 5
print(vars(h))

# descriptor with only __set__ still counts as a data descriptor
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value
class HostSetOnly:
    attr = SetOnly()
hs = HostSetOnly()
hs.attr = 1
print(type(hs.attr).__name__, hs.seen)

# access through the class passes obj=None
class Reporter:
    def __get__(self, obj, objtype=None):
        return f"obj={type(obj).__name__} type={objtype.__name__}"
class R:
    rep = Reporter()
class RChild(R):
    pass
print(R.rep, R().rep, RChild.rep, RChild().rep)

# functions are non-data descriptors producing bound methods
def free(self, x):
    return f"free called on {type(self).__name__} with {x}"
class Attach:
    method = free
a = Attach()
bound = free.__get__(a, Attach)
print(a.method(1), bound(2), type(bound).__name__, bound.__self__ is a, Attach.method is free)
a.method = lambda x: "instance attribute shadows method " + str(x)
print(a.method(3))

# a lazily computed attribute that caches itself in the instance dict (non-data)
class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Data2:
    def __init__(self, n):
        self.n = n
    @lazy
    def expensive(self):
        print("  computing expensive")
        return sum(range(self.n))
d2 = Data2(100)
print(d2.expensive, d2.expensive, "expensive" in vars(d2))

# property is a data descriptor implemented the same way
class Temp:
    def __init__(self):
        self._c = 0
    celsius = property(lambda self: self._c, lambda self, v: setattr(self, "_c", v))
t = Temp()
t.celsius = 25
print(t.celsius, type(Temp.celsius).__name__, hasattr(Temp.celsius, "__set__"), hasattr(NonData, "__set__"))

# __set_name__ is called only for attributes present at class creation
class Late:
    pass
Late.added = Typed(int)
show("late descriptor lacks name", lambda: setattr(Late(), "added", 1))
class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("refusing " + name)
try:
    class Fails:
        x = BadSetName()
except Exception as e:
    print(type(e).__name__, e, "| note:", getattr(e, "__notes__", None))
