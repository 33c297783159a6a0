# print(): sep, end, file=sys.stderr, flush, multiple/zero arguments, non-str objects, and errors.
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", "c", sep="\n")
print("no newline", end="")
print(" <- continued", end="|\n")
print("x", "y", sep="-", end="!\n")
print(*range(5))
print(*range(5), sep=" < ")
print(*"spaced")
print(*[], sep="never shown", end="[empty]\n")
print(1, 2.5, None, True, [1, "two"], {"k": (1,)}, b"bytes", 3j, sep=" | ")
print("sep None means space", sep=None)
print("end None means newline", end=None)
print("flush accepted", flush=True)
print("multi\nline\nstring")
print("tab\tseparated", "values", sep="\t")

print("error line 1", file=sys.stderr)
print("error", "line", 2, sep="_", end=".\n", file=sys.stderr)
print(file=sys.stderr)
print("explicit stdout", file=sys.stdout)
print("file None means stdout", file=None)

class Custom:
    def __str__(self):
        return "Custom.__str__"
    def __repr__(self):
        return "Custom.__repr__"
print(Custom(), [Custom()], (Custom(),), {"k": Custom()})

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
print("to a custom file", 42, sep="+", file=(col := Collector()))
print("second", file=col, end="")
print(col.parts)

show("sep int", lambda: print("a", "b", sep=1))
show("end list", lambda: print("a", end=[]))
show("file without write", lambda: print("a", file=42))
show("unknown keyword", lambda: print("a", color="red"))
class BadStr:
    def __str__(self):
        raise ValueError("cannot stringify")
show("str raises", lambda: print("before", BadStr(), "after"))
print()
print("print returns", repr(print("inner")))

# building a table with print and format specs
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
print(f"{'name':<8}{'qty':>5}{'price':>8}")
for name, qty, price in rows:
    print(f"{name:<8}{qty:>5}{price:>8.2f}")
print("-" * 21)
print(f"{'total':<8}{sum(q for _, q, _ in rows):>5}{sum(q * p for _, q, p in rows):>8.2f}")

# print of large and special values
print(2 ** 100, -0.0, float("inf"), 1e-7, 1e22, 0.1 + 0.2, "", "''", sep="|")
print("unicode:", "héllo", "日本", "😀", sep=" ")
