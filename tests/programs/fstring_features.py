# f-strings: conversions, nested format specs, = debugging, self-documenting whitespace, quotes, and errors.

name = "Grace"
score = 93.4567
n = 255
items = ["a", "b"]
data = {"k": "v", "n": 3}
print(f"{name!r} {name!s} {name!a} {'ü'!a} {items!r} {data!s}")
print(f"{score:.2f} {score:10.1f}| {score:<10.1f}| {score:^10.1f}| {score:+.0f}")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:#X} {n:08b} {n:_b} {n:c}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {-9876543:,} {0:,} {1e6:,.0f}")
print(f"{0.1234:.1%} {1:%} {-0.5:.0%}")
w, p = 12, 3
print(f"[{score:{w}.{p}f}] [{name:>{w}}] [{name:{'*'}^{w}}] [{n:0{w}_x}]")
print(f"{score=}", f"{score = }", f"{score=:.1f}", f"{name=!r:>10}", f"{n * 2=}", f"{items[0]=}")
print(f"{data['k']} {data["n"]} {'single'} {"double"}")
print(f"{{literal}} {{{n}}} {{{{double}}}}")
print(f"{'nested ' + f'{n:x}'} {f'{f'{name}'}'}")
print(f"{(lambda x: x * 2)(21)} {[x ** 2 for x in range(4)]} {n if n > 100 else 0}")
print(f"{name.upper()}{len(name):>3}{name[1:3]!r}")
print(f"{'a' 'b'}" f"{n}" "plain" f"{n:d}")
print(f"{3.0} {1e16} {1e-5} {-0.0} {float('inf')} {2 ** 100}")
print(f"{True} {None} {True:>6} {None!r:>6} {False!s:^7}")
print(f"{'multi' +
        'line'}")
x = 10
print(f"{x:>{x}}|", f"{x!r:>{x // 2}}|")
print(f"{'\n'.join(['l1', 'l2'])}")
print(f"{ x }", f"{x   =}", f"{ x = }")
print(f"{n:=^+10}", f"{-n:=10}", f"{n:=10}")
print(f"{3+4j} {3+4j:.1f} {'abc':.1} {'abc':5.2}|")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>" if spec else str(self)
pt = Point(1.5, -2)
print(f"{pt} {pt!r} {pt!s} {pt:.2f} {pt=}")
def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)
show("bad spec", lambda: f"{n:q}")
show("str with d", lambda: f"{name:d}")
show("int with s", lambda: f"{n:s}")
show("list with spec", lambda: f"{items:>10}")
show("sign on str", lambda: f"{name:+}")
show("none with f", lambda: f"{None:.2f}")
show("nested too deep", lambda: f"{n:{'{'}}")
show("comma and _", lambda: f"{n:,_}")
show("precision on int", lambda: f"{n:.2}")
show("format raises", lambda: f"{pt:q}")
print(f"{name}" * 2, len(f"{n:10}"), f"" == "", type(f"{n}").__name__)
