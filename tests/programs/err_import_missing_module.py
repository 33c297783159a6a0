# Imports: the stdlib modules sys and math work in every form; a missing module raises an
# uncaught ModuleNotFoundError at the end.
import sys
import math as m
from math import pi as PI, sqrt, floor
from sys import getrecursionlimit

print(type(sys).__name__, sys.__name__, m.__name__, m is sys.modules["math"], "math" in sys.modules)
print(PI == m.pi, sqrt(49), floor(-2.5), getrecursionlimit() == sys.getrecursionlimit())
print(__name__, type(__builtins__).__name__ in ("module", "dict"))

def local_import():
    import math
    from math import factorial
    return math.gcd(12, 18), factorial(6)
print(local_import())
print("math" in dir(), "factorial" in dir())

try:
    import definitely_not_a_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name, "| is ImportError:", isinstance(e, ImportError))

try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, "| name:", e.name, "| cannot import:", "no_such_function" in str(e))

try:
    from sys import not_there
except ImportError as e:
    print(type(e).__name__, e)

try:
    import math.submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

modules_before = set(sys.modules)
import math
print(set(sys.modules) == modules_before, math is m)

for name in ["sys", "math", "missing_one"]:
    try:
        module = __import__(name)
        print(name, "->", module.__name__)
    except ImportError as e:
        print(name, "->", type(e).__name__, e)

print("now failing for real")
import another_missing_module
print("not reached")
