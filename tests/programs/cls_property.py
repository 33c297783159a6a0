# @property with getter, setter and deleter; computed and validated attributes.

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.balance = balance        # goes through the setter
        self.history = []

    @property
    def balance(self):
        print("  (get balance)")
        return self._balance

    @balance.setter
    def balance(self, value):
        print("  (set balance %r)" % (value,))
        if not isinstance(value, int):
            raise TypeError("balance must be an int, not %s" % type(value).__name__)
        if value < 0:
            raise ValueError("balance cannot be negative: %d" % value)
        self._balance = value

    @balance.deleter
    def balance(self):
        print("  (delete balance)")
        self._balance = 0

    @property
    def rich(self):
        return self._balance >= 1000

a = Account("ann", 50)
print("balance:", a.balance)
a.balance += 25
print("after +=:", a.balance)
for bad in [-5, "100", 2.5]:
    try:
        a.balance = bad
    except (TypeError, ValueError) as e:
        print("rejected:", type(e).__name__, e)
print("still:", a.balance, "rich:", a.rich)
a.balance = 5000
print("rich now:", a.rich)
del a.balance
print("after del:", a.balance, a.__dict__)

# A read-only property cannot be set or deleted.
try:
    a.rich = True
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.rich
except AttributeError as e:
    print("AttributeError:", e)

# Property without a deleter.
class Celsius:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9

t = Celsius(100)
print(t.c, t.f)
t.f = 32
print(t.c, t.f)
t.c = -40
print(t.c, t.f)
try:
    del t.c
except AttributeError as e:
    print("AttributeError:", e)

# The property object lives on the class.
p = Celsius.__dict__["f"]
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel)
print(type(Account.balance).__name__, Account.balance.fdel.__name__)

# Properties are inherited and can be overridden or extended.
class Base:
    @property
    def name(self):
        return "base"
    @property
    def shout(self):
        return self.name.upper() + "!"
class Derived(Base):
    @property
    def name(self):
        return "derived(" + super().name + ")"
print(Base().shout, Derived().shout)

# A property takes precedence over an instance __dict__ entry with the same name.
class Guarded:
    @property
    def value(self):
        return "from property"
g = Guarded()
g.__dict__["value"] = "from dict"
print(g.value, g.__dict__)

# Lazily computed, cached property.
class Lazy:
    def __init__(self, n):
        self.n = n
        self._cache = None
        self.computations = 0
    @property
    def total(self):
        if self._cache is None:
            self.computations += 1
            self._cache = sum(range(self.n + 1))
        return self._cache
lz = Lazy(100)
print(lz.total, lz.total, lz.total, "computed", lz.computations, "time(s)")

# property() called directly instead of as a decorator.
class Manual:
    def __init__(self):
        self._x = 1
    def get_x(self):
        return self._x * 10
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, None, "the x value")
m = Manual()
print(m.x)
m.x = 7
print(m.x, Manual.x.__doc__)

# Exceptions raised inside a getter propagate normally.
class Broken:
    @property
    def value(self):
        return {}["missing"]
try:
    Broken().value
except KeyError as e:
    print("KeyError from getter:", e)
# hasattr only swallows AttributeError; other exceptions from the getter escape.
try:
    print(hasattr(Broken(), "value"))
except KeyError as e:
    print("hasattr let KeyError through:", e)
class NoAttr:
    @property
    def value(self):
        raise AttributeError("computed value unavailable")
print("hasattr with AttributeError in getter:", hasattr(NoAttr(), "value"))
print("getattr default:", getattr(NoAttr(), "value", "default used"))
