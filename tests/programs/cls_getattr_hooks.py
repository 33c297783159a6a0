# Attribute hooks: __getattr__ fallback, __getattribute__ interception, __setattr__/__delattr__ validation, and their errors.

class Fallback:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
f = Fallback()
print(f.real, f.dyn_hello, getattr(f, "dyn_x"), hasattr(f, "nothing"), getattr(f, "nothing", "dflt"))
try:
    f.nothing
except AttributeError as e:
    print("AttributeError", e)
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def method(self):
        return "m"
lg = Logged()
lg.y = lg.x + 1
lg.method()
del lg.y
try:
    lg.missing
except AttributeError as e:
    print("AttributeError", e)
print(lg.log)
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
b = Both()
print(b.boom, b.anything)
class Typed:
    fields = {"age": int, "name": str}
    def __setattr__(self, name, value):
        if name not in self.fields:
            raise AttributeError(f"cannot set {name!r}")
        if not isinstance(value, self.fields[name]):
            raise TypeError(f"{name} must be {self.fields[name].__name__}, not {type(value).__name__}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        raise AttributeError(f"{name} is permanent")
t = Typed()
t.age = 5
t.name = "x"
for name, value in [("age", "old"), ("color", "red"), ("name", 3)]:
    try:
        setattr(t, name, value)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del t.age
except AttributeError as e:
    print("AttributeError", e)
print(vars(t))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    def __init__(self):
        self.v = 10
    def double(self):
        return self.v * 2
tg = Target()
px = Proxy(tg)
px.v = 21
print(px.double(), tg.v, px.v, "v" in vars(px), sorted(vars(px)))
try:
    px.nope
except AttributeError as e:
    print("AttributeError", e)
class Recursive:
    def __getattr__(self, name):
        return self.other
try:
    Recursive().x
except RecursionError as e:
    print("RecursionError", str(e)[:40])
class Plain:
    pass
p = Plain()
for op in ["getattr", "delattr"]:
    try:
        getattr(p, "zz") if op == "getattr" else delattr(p, "zz")
    except AttributeError as e:
        print(op, "AttributeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    Plain.missing
except AttributeError as e:
    print("AttributeError", e)
print(Fallback().undefined_thing)
