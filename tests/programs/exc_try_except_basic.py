# try/except basics: which handler runs, what is skipped, flow after the try.

def divide(a, b):
    print("divide", a, b)
    try:
        q = a // b
        print("  quotient", q)
    except ZeroDivisionError:
        print("  caught ZeroDivisionError")
        q = None
    print("  after try, q =", q)
    return q

print(divide(7, 2))
print(divide(7, 0))
print(divide(-7, 2))

# No exception: the handler body never runs.
trace = []
try:
    trace.append("body start")
    x = 1 + 1
    trace.append("body end")
except Exception:
    trace.append("handler")
print(trace, x)

# Statements after the failing one are skipped.
trace = []
try:
    trace.append("a")
    [][0]
    trace.append("b")
    trace.append("c")
except IndexError:
    trace.append("handler")
trace.append("after")
print(trace)

# Several handlers: the first matching one is chosen, in order.
def classify(thunk):
    try:
        thunk()
    except ZeroDivisionError:
        return "zero division"
    except KeyError:
        return "key error"
    except IndexError:
        return "index error"
    except TypeError:
        return "type error"
    except ValueError:
        return "value error"
    except Exception:
        return "some other exception"
    return "no exception"

def f_zero():
    return 1 / 0
def f_key():
    return {}["k"]
def f_index():
    return [1, 2][5]
def f_type():
    return 1 + "a"
def f_value():
    return int("abc")
def f_attr():
    return (1).nope
def f_ok():
    return 42

for f in [f_zero, f_key, f_index, f_type, f_value, f_attr, f_ok]:
    print(f.__name__, "->", classify(f))

# A broad handler listed first shadows the narrower ones after it.
def first_wins():
    try:
        {}["missing"]
    except LookupError:
        return "LookupError handler"
    except KeyError:
        return "KeyError handler"
print(first_wins())

# Bare except catches everything.
def bare(thunk):
    try:
        thunk()
    except:
        return "bare except caught it"
    return "nothing raised"
print(bare(f_zero))
print(bare(f_ok))

# An exception not matched by any handler propagates to the caller.
def inner():
    try:
        int("12x")
    except KeyError:
        print("never printed")
    print("never printed either")

def outer():
    try:
        inner()
    except ValueError as e:
        print("outer caught:", e)
outer()

# try inside loops
results = []
for item in ["1", "2", "x", "4", "", "-6"]:
    try:
        results.append(int(item))
    except ValueError:
        results.append(None)
print(results)

total = 0
for d in [1, 2, 0, 4, 0, 5]:
    try:
        total += 100 // d
    except ZeroDivisionError:
        total -= 1
    print("d =", d, "total =", total)
print("final total", total)

# The handler can raise its own exception, which an outer try catches.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner handler raising ValueError")
        raise ValueError("from handler")
except ValueError as e:
    print("outer got:", repr(e))
