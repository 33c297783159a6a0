# raise in all its forms and misuse: bare raise outside a handler, non-exceptions, bad causes,
# sys.exception()/sys.exc_info() inside and outside handlers, and exception instances reused.
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))

def bare_raise():
    raise
show("bare raise outside handler", bare_raise)

def raise_int():
    raise 42
show("raise int", raise_int)
def raise_str():
    raise "message"
show("raise str", raise_str)
def raise_object_class():
    raise object
show("raise non-exception class", raise_object_class)
def raise_from_int():
    raise ValueError("v") from 5
show("cause is int", raise_from_int)
def raise_from_class():
    raise ValueError("v") from KeyError
show("cause is class", raise_from_class)
def raise_from_none():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("replaced") from None
show("from None", raise_from_none)

class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(f"{a}-{b}")
def raise_class_needing_args():
    raise NeedsArgs
show("raise class whose __init__ needs args", raise_class_needing_args)
def raise_class():
    raise KeyError
show("raise class instantiates it", raise_class)

class NotException:
    pass
def raise_user_non_exception():
    raise NotException()
show("raise user object", raise_user_non_exception)

# sys.exception() and sys.exc_info()
print("outside:", sys.exception(), sys.exc_info())
try:
    raise IndexError("inside")
except IndexError:
    current = sys.exception()
    t, v, tb = sys.exc_info()
    print("inside:", repr(current), t.__name__, v is current, tb is not None, tb is current.__traceback__)
    try:
        raise KeyError("nested")
    except KeyError:
        print("nested:", repr(sys.exception()), repr(sys.exception().__context__))
    print("restored after nested:", repr(sys.exception()))
print("after handler:", sys.exception())

def helper_sees_exception():
    return repr(sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    print("called function sees:", helper_sees_exception())

# bare raise re-raises the exception currently being handled, even from a nested function
def reraise_current():
    raise
try:
    try:
        raise LookupError("original")
    except LookupError:
        reraise_current()
except LookupError as e:
    print("re-raised from helper:", repr(e))

# bare raise after a nested handler finished re-raises the outer one
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
except ValueError as e:
    print("outer re-raised:", repr(e), repr(e.__context__))

# raising the same instance twice keeps accumulating traceback entries but the object is the same
err = RuntimeError("reused")
caught = []
for i in range(2):
    try:
        raise err
    except RuntimeError as e:
        caught.append(e)
print(caught[0] is caught[1], caught[0] is err)

# raise with an instance created elsewhere and with_traceback
saved = None
try:
    raise OSError(2, "No such thing")
except OSError as e:
    saved = e
try:
    raise saved.with_traceback(None)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e, e.__traceback__ is not None)

# an exception raised while handling includes the handled one as context, unless it is the same object
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise e
except KeyError as e2:
    print("self-context avoided:", e2.__context__)
