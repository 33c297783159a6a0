# round(): banker's rounding for halves, ndigits positive/negative/None, ints, and errors.

for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001, 1e16 + 2]:
    print(x, round(x), type(round(x)).__name__, round(x, 0), type(round(x, 0)).__name__)
for x in [2.675, 2.665, 1.005, 0.125, 0.375, 1.25, -1.25, 12345.6789, -0.0001]:
    print(x, [round(x, n) for n in (0, 1, 2, 3)])
for x in [1234.5, 1250.0, 1350.0, -1250.0, 15.0, 25.0, 1e20]:
    print(x, round(x, -1), round(x, -2), round(x, -3))
for n in [15, 25, 35, -25, 1250, 1350, 149, 150, 151, 10 ** 20 + 50]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2), type(round(n, -1)).__name__)
print(round(True), round(False, 3), round(7, None), round(2.5, None))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(1e300, -300), round(1.5, 400), round(1.5, -400))
print(round(-0.4), round(-0.6), round(-0.0), round(-0.0, 1))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __round__(self, n=None):
        return ("rounded", self.cents, n)
print(round(Money(199)), round(Money(5), 2))

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
show("inf", lambda: round(float("inf")))
show("nan", lambda: round(float("nan")))
show("inf nd", lambda: round(float("inf"), 2))
show("nan nd", lambda: round(float("nan"), 1))
show("str", lambda: round("1.5"))
show("float nd", lambda: round(1.5, 1.0))
show("list", lambda: round([1]))
show("no args", lambda: round())
show("too many", lambda: round(1, 2, 3))
show("kw", lambda: round(number=2.5, ndigits=0))
show("obj", lambda: round(object()) if False else round(None))
# Formatting also uses round-half-even on the exact binary value.
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {2.675:.2f} {0.125:.2f} {0.375:.2f}")
print("%.0f %.0f %.1f %.1f" % (0.5, 1.5, 0.25, 0.35))
