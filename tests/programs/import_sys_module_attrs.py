# The sys and math modules as objects: attribute access, aliases, from-imports, stdout/stderr objects,
# module-level dunders, and errors for missing attributes.
import sys
import math
import math as maths
from math import (
    inf,
    nan as not_a_number,
    gcd,
)
from sys import stdout, stderr

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(type(sys).__name__, type(math).__name__, maths is math, math.__name__, sys.__name__)
print(inf, not_a_number, gcd(84, 36), math.inf is inf or math.inf == inf, math.isnan(not_a_number))
print(stdout is sys.stdout, stderr is sys.stderr, sys.stdout is not sys.stderr)
print(sys.version_info[0], sys.version_info >= (3, 0), isinstance(sys.version_info[1], int), sys.version_info.major)
print(isinstance(sys.argv, list), len(sys.argv) >= 1, isinstance(sys.maxsize, int), sys.maxsize > 2 ** 31)
print(sys.getrecursionlimit(), callable(sys.exit), callable(sys.setrecursionlimit), callable(sys.exc_info))
print(isinstance(sys.modules, dict), sys.modules["sys"] is sys, sys.modules["math"] is math, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__, sys.byteorder in ("little", "big"), sys.platform != "", type(sys.path).__name__)

# writing through the stream objects
n1 = sys.stdout.write("direct write\n")
n2 = stdout.write("via alias: ")
n3 = stdout.write("ünïcödé\n")
print(n1, n2, n3)
sys.stderr.write("stderr direct write\n")
stderr.write("stderr via alias\n")
sys.stdout.flush()
print(sys.stdout.writable() if hasattr(sys.stdout, "writable") else True, hasattr(sys.stdout, "write"))
show("write non-str", lambda: sys.stdout.write(5))
show("write bytes", lambda: sys.stdout.write(b"raw"))

# module attributes can be read, set and deleted dynamically
print(getattr(math, "pi"), hasattr(math, "tau"), hasattr(math, "nope"), getattr(math, "nope", "fallback"))
show("missing attribute", lambda: math.not_a_function)
show("missing sys attribute", lambda: sys.not_an_attribute)
math.custom_value = 99
print(math.custom_value, maths.custom_value)
del math.custom_value
print(hasattr(maths, "custom_value"))
show("module not callable", lambda: math())
show("module not subscriptable", lambda: sys["argv"])

# names in the module namespace
this_module = sys.modules[__name__]
module_constant = "defined at top level"
print(this_module.module_constant, getattr(this_module, "gcd") is gcd, __name__ == "__main__")
print(sorted(n for n in ("math", "maths", "sys", "inf", "gcd", "stdout", "not_a_number") if n in globals()))

# math functions used as first-class values
funcs = [math.sqrt, math.floor, math.ceil, math.fabs, math.trunc]
print([f.__name__ for f in funcs], [f(-2.5) if f is not math.sqrt else f(6.25) for f in funcs])
table = {name: getattr(math, name) for name in ("sin", "cos", "exp")}
print({k: round(v(0), 3) for k, v in table.items()})

# sys.exit is just raising SystemExit
try:
    sys.exit("bye")
except SystemExit as e:
    print("intercepted", repr(e.code))
print("exiting normally at the end")
