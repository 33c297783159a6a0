# __dict__, hasattr / getattr / setattr / delattr (with defaults and errors).

class Record:
    category = "generic"
    def __init__(self, **fields):
        for name, value in fields.items():
            setattr(self, name, value)
    def method(self):
        return "method result"

r = Record(name="widget", qty=3)
print(r.__dict__)
print(hasattr(r, "name"), hasattr(r, "price"), hasattr(r, "category"), hasattr(r, "method"))
print(getattr(r, "name"), getattr(r, "qty"), getattr(r, "category"))
print(getattr(r, "price", "no price"), getattr(r, "price", None))
print(getattr(r, "method")())

try:
    getattr(r, "price")
except AttributeError as e:
    print("AttributeError:", e)

setattr(r, "price", 9.5)
setattr(r, "qty", r.qty + 1)
print(r.__dict__, r.price)

# setattr with names that are not identifiers still works via getattr.
setattr(r, "has space", True)
setattr(r, "123", "digits")
print(getattr(r, "has space"), getattr(r, "123"), sorted(r.__dict__))

delattr(r, "has space")
delattr(r, "123")
del r.price
print(r.__dict__)
try:
    delattr(r, "price")
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.category      # a class attribute cannot be deleted through the instance
except AttributeError as e:
    print("AttributeError:", e)

# The attribute name must be a string.
for call in [lambda: getattr(r, 5), lambda: setattr(r, None, 1), lambda: hasattr(r, 1.5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# Setting attributes on the class through setattr.
setattr(Record, "category", "changed")
print(r.category, Record.category)
setattr(Record, "extra_method", lambda self: "added: " + self.name)
print(r.extra_method())
delattr(Record, "extra_method")
print(hasattr(r, "extra_method"))

# Editing __dict__ directly.
r.__dict__["direct"] = "via dict"
print(r.direct, "direct" in r.__dict__)
r.__dict__.update({"a": 1, "b": 2})
print(sorted(r.__dict__.items()))
r.__dict__.clear()
print(r.__dict__, hasattr(r, "name"))

# Copying attributes between objects.
src = Record(x=1, y=2, z=3)
dst = Record()
for key, value in src.__dict__.items():
    setattr(dst, key, value * 10)
print(dst.__dict__)

# Using getattr to dispatch on a name.
class Calculator:
    def op_add(self, a, b):
        return a + b
    def op_sub(self, a, b):
        return a - b
    def op_mul(self, a, b):
        return a * b
    def run(self, name, a, b):
        handler = getattr(self, "op_" + name, None)
        if handler is None:
            return "unknown op %r" % name
        return handler(a, b)
calc = Calculator()
for name in ["add", "sub", "mul", "div"]:
    print(name, calc.run(name, 7, 3))

# Attributes listed in the class __dict__ (only names, sorted, without dunders).
print(sorted(k for k in Calculator.__dict__ if not k.startswith("__")))

# vars() is the same dict as __dict__.
v = Record(k=1)
print(vars(v), vars(v) is v.__dict__)

# Instance __dict__ preserves insertion order.
o = Record()
for name in ["zeta", "alpha", "mid"]:
    setattr(o, name, len(name))
print(list(o.__dict__), list(o.__dict__.values()))
o.alpha = 99
del o.zeta
o.zeta = 0
print(o.__dict__)
