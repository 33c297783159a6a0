# BaseException vs Exception: SystemExit, KeyboardInterrupt and GeneratorExit bypass `except Exception`,
# catching them explicitly, SystemExit attributes, and cleanup ordering.
import sys

def run(label, fn):
    try:
        try:
            fn()
        except Exception as e:
            print(label, "-> caught by except Exception:", type(e).__name__)
        else:
            print(label, "-> no exception")
        finally:
            print(label, "-> inner finally")
    except BaseException as e:
        print(label, "-> escaped to except BaseException:", type(e).__name__, repr(e))

def exit_zero():
    sys.exit()
def exit_code():
    sys.exit(3)
def exit_message():
    sys.exit("fatal: config missing")
def interrupt():
    raise KeyboardInterrupt
def gen_exit():
    raise GeneratorExit("manual")
def normal():
    raise ValueError("ordinary")
for label, fn in [("exit()", exit_zero), ("exit(3)", exit_code), ("exit(msg)", exit_message),
                  ("interrupt", interrupt), ("generator exit", gen_exit), ("value error", normal)]:
    run(label, fn)

# SystemExit carries its code
for arg in [(), (0,), (5,), ("text",), (None,), (1, 2)]:
    e = SystemExit(*arg)
    print(repr(e), repr(e.code), e.args)
try:
    sys.exit([1, 2])
except SystemExit as e:
    print("list code:", e.code, type(e.code).__name__)

# the class tree
for cls in (SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
            ArithmeticError, LookupError, OSError, Warning, BaseExceptionGroup):
    print(cls.__name__, "<-", cls.__bases__[0].__name__, issubclass(cls, Exception))

# bare except catches everything, including SystemExit
def swallow_all():
    try:
        sys.exit(9)
    except:
        return "bare except caught " + type(sys.exception()).__name__
print(swallow_all())

# except Exception inside a generator does not catch GeneratorExit on close
def careful_gen():
    try:
        yield 1
    except Exception:
        print("  not reached for GeneratorExit")
    finally:
        print("  careful_gen finally")
g = careful_gen()
next(g)
g.close()

# KeyboardInterrupt raised deep inside passes all `except Exception` layers
def layer(n):
    try:
        if n == 0:
            raise KeyboardInterrupt("simulated ctrl-c")
        layer(n - 1)
    except Exception:
        print("  layer", n, "should not catch it")
    finally:
        print("  unwinding layer", n)
try:
    layer(3)
except KeyboardInterrupt as e:
    print("top-level handler:", repr(e))

# SystemExit raised and caught, then the program continues and finally exits with a code
try:
    sys.exit(2)
except SystemExit as e:
    print("caught SystemExit with code", e.code, "- continuing")
print("about to exit with status 4")
try:
    sys.exit(4)
finally:
    print("finally runs before the interpreter exits")
print("never printed")
