# Implicit chaining: an exception raised while another is handled gets __context__.

def name_of(e):
    return "None" if e is None else "%s(%r)" % (type(e).__name__, str(e))

def chain(e):
    parts = []
    while e is not None:
        parts.append(name_of(e))
        e = e.__context__
    return " <- ".join(parts)

# Raised in an except block.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("in handler")
except ValueError as e:
    print("1:", chain(e))
    print("   cause:", name_of(e.__cause__), "suppress:", e.__suppress_context__)

# Raised in a finally block while an exception is pending.
try:
    try:
        raise KeyError("pending")
    finally:
        raise IndexError("in finally")
except IndexError as e:
    print("2:", chain(e))

# Raised in a finally block with no pending exception: no context.
try:
    try:
        pass
    finally:
        raise IndexError("clean finally")
except IndexError as e:
    print("3:", chain(e))

# An error raised by an operation (not a raise statement) in a handler.
try:
    try:
        {}["a"]
    except KeyError:
        [][0]
except IndexError as e:
    print("4:", chain(e))

# Three levels of handlers.
try:
    try:
        try:
            raise OSError("level 1")
        except OSError:
            raise RuntimeError("level 2")
    except RuntimeError:
        raise ValueError("level 3")
except ValueError as e:
    print("5:", chain(e))

# Raised in a function called from a handler: still chained.
def fails():
    raise TypeError("from called function")
try:
    try:
        raise NameError("handled")
    except NameError:
        fails()
except TypeError as e:
    print("6:", chain(e))

# After a handler finishes, new exceptions have no context.
try:
    raise ValueError("finished")
except ValueError:
    pass
try:
    raise KeyError("later")
except KeyError as e:
    print("7:", chain(e))

# Re-raising the handled exception itself does not create a self-loop.
try:
    try:
        raise ValueError("self")
    except ValueError as e:
        raise e
except ValueError as e:
    print("8:", chain(e))

# Raising an exception that is already in the context chain breaks the cycle.
a = ValueError("A")
try:
    try:
        raise a
    except ValueError:
        b = KeyError("B")
        try:
            raise b
        except KeyError:
            raise a
except ValueError as e:
    print("9:", chain(e), "| b's context:", name_of(b.__context__))

# Context is attached even when the new exception is caught within the handler.
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise TypeError("inner")
    except TypeError as inner:
        print("10:", chain(inner))

# An explicit `from` still records the context.
try:
    try:
        raise ValueError("ctx")
    except ValueError:
        raise TypeError("explicit") from KeyError("cause")
except TypeError as e:
    print("11:", chain(e), "| cause:", name_of(e.__cause__))

# Context set by the handler of a loop iteration.
errors = []
for i in range(3):
    try:
        try:
            raise ValueError(i)
        except ValueError:
            raise RuntimeError("wrapped %d" % i)
    except RuntimeError as e:
        errors.append(chain(e))
for line in errors:
    print("12:", line)
