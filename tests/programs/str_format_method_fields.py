# str.format field syntax: indexes, names, attributes, items, conversions, nesting, format_map, errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)
    def __format__(self, spec):
        if spec == "polar":
            return "<polar %d>" % (self.x * self.x + self.y * self.y)
        return format(str(self), spec)

p = Point(3, 4)
data = {"name": "Ada", "langs": ["en", "fr"], "nested": {"k": [10, 20]}}
print("{} {} {}".format(1, "two", 3.0), "{2} {1} {0} {1}".format("a", "b", "c"))
print("{name} knows {langs[1]} and {langs[0]}".format(**data))
print("{0[name]} {0[langs][0]} {0[nested][k][1]}".format(data))
print("{p.x}/{p.y} {p} {p!r} {p!s} {p:polar} {p:>12}|".format(p=p))
print("{0.x} {0.y} {1[0]} {1[-1]}".format(p, {"-1": "string key", 0: "int key"}))
print("{:>{width}.{prec}f}|{:{fill}^{width}}|".format(3.14159, "mid", width=10, prec=3, fill="~"))
print("{0:{1}}|{0:{2}}|".format(42, ">6", "<6"), "{:{}{}{}}".format("x", "*", "^", 7))
print("{{}} {{{0}}} {{{{0}}}} {0}".format("v"), "{!r:^10}".format("q"), "{0!a}".format("ñ"))
print("{0:d} {0:x} {0:#o} {0:,} {0:b} {0:c}".format(1000), "{:e}|{:.2%}".format(12345.678, 0.4567))
print("{:%Y}".format(type("T", (), {"__format__": lambda self, spec: "custom[" + spec + "]"})()))

class Defaulting(dict):
    def __missing__(self, key):
        return "<" + key + "?>"
print("{a} and {b} and {c}".format_map(Defaulting(a=1)), "{x}".format_map({"x": "plain dict"}))
print("{0}{1}{0}".format("ab", "-"), "{}".format([1, 2]), "{}".format((1,)), "{}".format(None))

show("index out of range", lambda: "{0} {1}".format("only"))
show("auto out of range", lambda: "{} {}".format(1))
show("manual then auto", lambda: "{0} {}".format(1, 2))
show("auto then manual", lambda: "{} {1}".format(1, 2))
show("missing name", lambda: "{missing}".format(present=1))
show("missing attr", lambda: "{0.z}".format(p))
show("missing item", lambda: "{0[zz]}".format({}))
show("list index str", lambda: "{0[x]}".format([1]))
show("list index range", lambda: "{0[5]}".format([1]))
show("unmatched open", lambda: "{".format())
show("unmatched close", lambda: "}".format())
show("bad conversion", lambda: "{!x}".format(1))
show("bad spec int", lambda: "{:s}".format(1))
show("bad spec str", lambda: "{:d}".format("1"))
show("format_map missing", lambda: "{y}".format_map({}))
show("nested too deep", lambda: "{:{:{}}}".format(1, 2, 3))
show("empty attribute", lambda: "{0.}".format(p))
show("spec on none", lambda: "{:>5}".format(None))

# building a table with computed widths
rows = [("apple", 1.5, 10), ("kiwi", 0.25, 200), ("watermelon", 3.0, 1)]
w = max(len(r[0]) for r in rows)
header = "{:<{w}} | {:>6} | {:>5}".format("item", "price", "qty", w=w)
print(header)
print("-" * len(header))
for name, price, qty in rows:
    print("{:<{w}} | {:>6.2f} | {:>5d}".format(name, price, qty, w=w))
print("{:<{w}} | {:>6.2f} | {:>5d}".format("TOTAL", sum(r[1] * r[2] for r in rows), sum(r[2] for r in rows), w=w))
