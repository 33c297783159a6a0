# Matching exceptions by the built-in class hierarchy.

def mro_names(cls):
    return [c.__name__ for c in cls.__mro__]

for cls in [ZeroDivisionError, OverflowError, FloatingPointError,
            KeyError, IndexError, ValueError, UnicodeDecodeError,
            TypeError, AttributeError, NameError, UnboundLocalError,
            RuntimeError, RecursionError, NotImplementedError,
            StopIteration, AssertionError, FileNotFoundError,
            KeyboardInterrupt, SystemExit, GeneratorExit, Exception]:
    print(cls.__name__.ljust(20), mro_names(cls))

print()
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (KeyError, IndexError),
    (UnboundLocalError, NameError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError),
    (UnicodeError, ValueError),
    (KeyboardInterrupt, Exception),
    (KeyboardInterrupt, BaseException),
    (SystemExit, Exception),
    (StopIteration, Exception),
    (Exception, BaseException),
    (BaseException, Exception),
    (bool, int),
]
for sub, sup in pairs:
    print("issubclass(%s, %s) = %s" % (sub.__name__, sup.__name__, issubclass(sub, sup)))

print()
def which_handler(exc):
    try:
        raise exc
    except ArithmeticError as e:
        return "ArithmeticError handler got " + type(e).__name__
    except LookupError as e:
        return "LookupError handler got " + type(e).__name__
    except NameError as e:
        return "NameError handler got " + type(e).__name__
    except RuntimeError as e:
        return "RuntimeError handler got " + type(e).__name__
    except OSError as e:
        return "OSError handler got " + type(e).__name__
    except ValueError as e:
        return "ValueError handler got " + type(e).__name__
    except Exception as e:
        return "Exception handler got " + type(e).__name__
    except BaseException as e:
        return "BaseException handler got " + type(e).__name__

for exc in [ZeroDivisionError("z"), OverflowError("o"), ArithmeticError("a"),
            KeyError("k"), IndexError("i"), LookupError("l"),
            UnboundLocalError("u"), NameError("n"),
            RecursionError("r"), NotImplementedError("ni"),
            FileNotFoundError("f"), PermissionError("p"),
            UnicodeError("ue"), ValueError("v"),
            TypeError("t"), AttributeError("at"),
            KeyboardInterrupt(), SystemExit(3), GeneratorExit()]:
    print(which_handler(exc))

print()
# Real operations raising subclasses, caught by the parent class.
def caught_as(parent, thunk):
    try:
        thunk()
    except parent as e:
        return "%s caught as %s: %s" % (type(e).__name__, parent.__name__, e)
    return "nothing raised"

print(caught_as(ArithmeticError, lambda: 5 % 0))
print(caught_as(ArithmeticError, lambda: float(10 ** 400)))
print(caught_as(ArithmeticError, lambda: divmod(1, 0)))
print(caught_as(LookupError, lambda: {"a": 1}["b"]))
print(caught_as(LookupError, lambda: (1, 2, 3)[3]))
print(caught_as(LookupError, lambda: "abc"[10]))
print(caught_as(LookupError, lambda: [].pop()))
print(caught_as(ValueError, lambda: int("1.5")))
print(caught_as(ValueError, lambda: [1, 2].index(3)))
print(caught_as(ValueError, lambda: "abc".index("z")))
print(caught_as(Exception, lambda: undefined_name))
print(caught_as(BaseException, lambda: None.attr))

# A raised class (not instance) is instantiated with no arguments.
try:
    raise LookupError
except LookupError as e:
    print("raised class -> instance:", type(e).__name__, e.args, repr(e))

# Catching by a class stored in a variable.
handlers = [TypeError, LookupError]
for h in handlers:
    try:
        raise KeyError("dyn")
    except h:
        print("matched via variable", h.__name__)
    except Exception:
        print("not matched via variable", h.__name__)
