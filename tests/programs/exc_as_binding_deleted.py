# `except E as e` binds e for the handler only: it is deleted afterwards.

try:
    1 / 0
except ZeroDivisionError as e:
    print("inside handler:", repr(e))
print("after handler, 'e' in globals():", "e" in globals())
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

# A previous binding of the same name is deleted too.
err = "a string that will be lost"
print("before:", err)
try:
    raise ValueError("v")
except ValueError as err:
    print("handler sees:", repr(err))
print("'err' still defined:", "err" in globals())

# When the handler does not run, the name is left alone.
keep = "kept"
try:
    pass
except ValueError as keep:
    pass
print("keep after no exception:", keep)

# In a function the name becomes unbound (UnboundLocalError on use).
def in_function():
    msg = "original"
    try:
        raise KeyError("k")
    except KeyError as msg:
        print("  in function handler:", repr(msg))
    try:
        return msg
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)
print(in_function())

# Saving the exception to another name keeps it alive.
saved = None
try:
    int("nope")
except ValueError as exc:
    saved = exc
print("saved:", type(saved).__name__, saved.args)

# Assigning to the name inside the handler is still deleted at the end.
try:
    raise RuntimeError("r")
except RuntimeError as tmp:
    tmp = "replaced inside handler"
    print("tmp inside:", tmp)
print("'tmp' defined after:", "tmp" in globals())

# Deleting the name inside the handler is fine.
try:
    raise RuntimeError("r2")
except RuntimeError as tmp2:
    del tmp2
print("'tmp2' defined after:", "tmp2" in globals())

# Each handler of a try binds its own name.
def two_names(x):
    try:
        if x:
            raise KeyError("first")
        raise IndexError("second")
    except KeyError as a:
        got = "a=" + repr(a)
    except IndexError as b:
        got = "b=" + repr(b)
    loc = locals()
    names = []
    for n in ("a", "b"):
        if n in loc:
            names.append(n)
    return got, names
print(two_names(True))
print(two_names(False))

# The name is also deleted when the handler is left with return or break.
def leave_with_return():
    try:
        raise ValueError("ret")
    except ValueError as gone:
        return repr(gone)
print(leave_with_return())

for i in range(3):
    try:
        raise IndexError(i)
    except IndexError as loop_e:
        if i == 1:
            break
print("after break, 'loop_e' defined:", "loop_e" in globals(), "i =", i)

# Nested handlers with different names both get deleted.
try:
    raise ValueError("outer")
except ValueError as outer_e:
    try:
        raise TypeError("inner")
    except TypeError as inner_e:
        print("both visible:", repr(outer_e), repr(inner_e))
    print("inner_e gone, outer_e alive:", "inner_e" in globals(), "outer_e" in globals())
print("both gone:", "inner_e" in globals(), "outer_e" in globals())
