# except with a tuple of classes.

def handle(thunk):
    try:
        thunk()
    except (KeyError, IndexError) as e:
        return "lookup-ish: %s %r" % (type(e).__name__, e.args)
    except (ValueError, TypeError):
        return "value-or-type"
    except (ZeroDivisionError,):
        return "one-element tuple"
    except ():
        return "empty tuple never matches"
    except Exception as e:
        return "fallback " + type(e).__name__
    return "ok"

print(handle(lambda: {}[1]))
print(handle(lambda: [][1]))
print(handle(lambda: int("q")))
print(handle(lambda: len(5)))
print(handle(lambda: 1 // 0))
print(handle(lambda: None.x))
print(handle(lambda: None))

# The tuple can be built at runtime and stored in a variable.
NUMERIC = (ZeroDivisionError, OverflowError)
LOOKUP = (KeyError, IndexError)
ALL = NUMERIC + LOOKUP
print("ALL names:", [c.__name__ for c in ALL])

def guarded(thunk, catch):
    try:
        return "value %r" % (thunk(),)
    except catch as e:
        return "caught %s" % type(e).__name__

print(guarded(lambda: 10 // 2, NUMERIC))
print(guarded(lambda: 10 // 0, NUMERIC))
print(guarded(lambda: [1][3], ALL))
print(guarded(lambda: {}["z"], ALL))
try:
    print(guarded(lambda: int("bad"), ALL))
except ValueError as e:
    print("escaped the tuple:", e)

# Superclasses in the tuple match subclasses.
for exc in [ZeroDivisionError(), KeyError(), UnicodeError(), RecursionError()]:
    try:
        raise exc
    except (ArithmeticError, LookupError) as e:
        print(type(e).__name__, "matched (ArithmeticError, LookupError)")
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, "matched (ValueError, RuntimeError)")

# isinstance accepts nested tuples, but an except clause does not: matching
# against a nested tuple raises TypeError while the IndexError is handled.
print("isinstance nested:", isinstance(IndexError(), (TypeError, (ValueError, IndexError))))
try:
    try:
        raise IndexError("nested")
    except (TypeError, (ValueError, IndexError)) as e:
        print("never printed", repr(e))
except TypeError as t:
    print("TypeError:", t)
    print("its context:", repr(t.__context__))

# A tuple of user-defined classes.
class AppError(Exception):
    pass
class DbError(AppError):
    pass
class NetError(AppError):
    pass
class Unrelated(Exception):
    pass

for cls in [DbError, NetError, AppError, Unrelated]:
    try:
        raise cls("boom " + cls.__name__)
    except (DbError, NetError) as e:
        print("specific:", e)
    except (AppError,) as e:
        print("generic app error:", e)
    except Exception as e:
        print("other:", e, type(e).__name__)

# isinstance accepts the same tuples.
e = KeyError("x")
print(isinstance(e, LOOKUP), isinstance(e, NUMERIC), isinstance(e, (NUMERIC, LOOKUP)))
