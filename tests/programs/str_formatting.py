# String formatting: f-strings, str.format, % formatting, format specs.

name, n, pi, big, neg = "Ada", 42, 3.14159265, 1234567.891, -7
print(f"{name} has {n} items")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:>5d}|{n:05d}|{n:+d}|{neg:+d}|{n: d}|{neg: d}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {255:08b} {n:c}")
print(f"{pi:.2f} {pi:.0f} {pi:8.3f}| {pi:<8.3f}| {pi:e} {pi:.2E} {pi:g} {big:g} {1e-7:g}")
print(f"{big:,} {big:,.2f} {1234567:,} {1234567:_} {0xFFFFFFFF:_x} {-1234.5:,.1f}")
print(f"{0.25:%} {0.25:.1%} {1/3:.3%}")
print(f"{name:*^11} {name:->8} {name:.<8} {name:.2}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print(f"{[1, 2]} {(1,)} {{'braces'}} {{}} {dict(a=1)}")
print(f"{n * 2 + 1} {name.upper()} {len(name)} {name[::-1]} {'yes' if n > 40 else 'no'}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|{name:>{width}}|{n:0{width}d}")
print(f"{n=} {pi=:.2f} {name=!r} {n * 2 = }")
print(f"{3.0} {1e16} {1e-5} {0.1 + 0.2} {2.5:.0f} {3.5:.0f} {-0.0}")
print(f"{True} {None} {True:d} {False:>5}")
print(f"multi {'line'} " f"concat {n}")
nested = f"{f'{n:03d}'}-{f'{name}'}"
print(nested)

# str.format
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0} {1}".format("a", "b"))
print("{x}/{y}".format(x=1, y=2), "{0[0]} {0[1]}".format(["p", "q"]), "{d[k]}".format(d={"k": "v"}))
print("{:>6} {:<6}| {:^6} {:06.2f}".format("r", "l", "c", 3.14159))
print("{!r:>8} {!s:<8}|".format("x", "y"))
print("{:,d} {:.3e} {:+.1f} {:#x}".format(10 ** 6, 12345.678, 2.25, 255))
print("{{}} {{{}}}".format("inner"))
class P:
    def __init__(self):
        self.x, self.y = 3, 4
print("{0.x},{0.y}".format(P()), "{p.x}".format(p=P()))

# % formatting
print("%s %r %d %i %f %.2f %e %g %x %X %o %c %%" % ("s", "r", 42, 7, 1.5, 2.345, 1234.5, 0.00001, 255, 255, 8, 65))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%10.3f|%-10.2f|%.0f|%#x|%#o" % (3.14159, 2.5, 2.5, 255, 8))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%s" % (1, 2).__repr__(), "%s" % [1, 2], "%s and %s" % (1, 2))
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%s" % "single", "%d%%" % 50)

# format() builtin and __format__ on user classes.
print(format(3.14159, ".2f"), format(42, "b"), format("x", ">3"), format(12345, ","), repr(format(5, "")))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return "%.1f°F" % (self.c * 9 / 5 + 32)
        return "%.1f°C" % self.c
    def __str__(self):
        return "Temp(%s)" % self.c
t = Temp(21.5)
print(f"{t} {t:F} {t!s}", "{}|{:F}".format(t, t), format(t, "F"))

# Rounding behaviour (round-half-even and binary floats).
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {2.675:.2f} {1.005:.2f} {0.125:.2f} {0.375:.2f}")
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(1250, -2))

# Formatting errors.
for thunk in [lambda: "{}".format(), lambda: "{0} {2}".format(1, 2), lambda: "%d" % "x",
              lambda: "%s %s" % ("only",), lambda: "%s" % (1, 2), lambda: f"{n:s}",
              lambda: format(1.5, "d"), lambda: "{:,s}".format("x"), lambda: "{x}".format(y=1)]:
    try:
        print(thunk())
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)

# A formatted table.
rows = [("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.175)]
print("%-12s %5s %8s" % ("item", "qty", "total"))
for item, qty, price in rows:
    print(f"{item:<12} {qty:>5} {qty * price:>8.2f}")
print(f"{'':-<27}")
print(f"{'sum':<12} {sum(q for _, q, _ in rows):>5} {sum(q * p for _, q, p in rows):>8.2f}")
