# raise X from Y, raise X from None, and the attributes they set.

def describe(e):
    cause = e.__cause__
    context = e.__context__
    return "%s(%s) cause=%s context=%s suppress=%s" % (
        type(e).__name__, e,
        repr(cause) if cause is not None else "None",
        repr(context) if context is not None else "None",
        e.__suppress_context__)

# A fresh exception has no chain.
fresh = ValueError("fresh")
print("fresh:", describe(fresh))

# raise ... from ... inside a handler sets both __cause__ and __context__.
def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError("cannot convert %r" % text) from e

try:
    convert("abc")
except TypeError as e:
    print("from e:", describe(e))
    print("  cause is context:", e.__cause__ is e.__context__)

# raise ... from None hides the context but still records it.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no such key: %s" % k) from None

try:
    lookup({"a": 1}, "b")
except LookupError as e:
    print("from None:", describe(e))

# `from` outside any handler: a cause but no context.
try:
    raise RuntimeError("outer") from ValueError("unrelated cause")
except RuntimeError as e:
    print("from outside handler:", describe(e))

# `from` with an exception class instantiates it.
try:
    raise RuntimeError("with class cause") from KeyError
except RuntimeError as e:
    print("from class:", describe(e))
    print("  cause type:", type(e.__cause__).__name__, e.__cause__.args)

# `from` with something that is not an exception.
try:
    raise RuntimeError("bad cause") from 5
except TypeError as e:
    print("bad from:", e)

# The cause can be a different exception than the one being handled.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("chosen cause") from IndexError("picked")
except ValueError as e:
    print("different cause:", describe(e))

# Setting the attributes by hand.
e = KeyError("manual")
e.__cause__ = ValueError("set by hand")
print("manual cause:", describe(e))
e.__cause__ = None
print("cleared cause:", describe(e))
e.__suppress_context__ = True
print("suppress set:", describe(e))

# Walking a chain of causes.
def layer1():
    raise OSError("disk unavailable")
def layer2():
    try:
        layer1()
    except OSError as e:
        raise RuntimeError("storage failed") from e
def layer3():
    try:
        layer2()
    except RuntimeError as e:
        raise ValueError("request failed") from e

try:
    layer3()
except ValueError as top:
    link = top
    depth = 0
    while link is not None:
        print("  " * depth + type(link).__name__ + ": " + str(link))
        link = link.__cause__
        depth += 1

# from None followed by from e in an outer layer.
def inner_hidden():
    try:
        [][1]
    except IndexError:
        raise KeyError("hidden index error") from None
def outer_visible():
    try:
        inner_hidden()
    except KeyError as e:
        raise ValueError("outer") from e
try:
    outer_visible()
except ValueError as e:
    print("outer:", describe(e))
    print("inner:", describe(e.__cause__))
