# Context managers: __enter__ / __exit__, suppression, nesting, exit arguments.

class Tracker:
    def __init__(self, name, suppress=False, log=None):
        self.name = name
        self.suppress = suppress
        self.log = log if log is not None else []
    def __enter__(self):
        self.log.append("enter " + self.name)
        print("  enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  exit %s: no exception (args None None %s)" % (self.name, tb is None))
        else:
            print("  exit %s: %s(%s), traceback present: %s, suppress=%s" % (
                self.name, exc_type.__name__, exc, tb is not None, self.suppress))
        self.log.append("exit " + self.name)
        return self.suppress

print("normal exit:")
with Tracker("a") as t:
    print("  body, got", t.name)
print("after with")

print("exception not suppressed:")
try:
    with Tracker("b"):
        print("  body raising")
        raise ValueError("boom")
        print("  not reached")
except ValueError as e:
    print("  caught outside:", e)

print("exception suppressed by returning True:")
with Tracker("c", suppress=True):
    print("  body raising")
    {}["missing"]
print("  execution continues after the with statement")

print("truthy non-bool return value also suppresses:")
class Truthy(Tracker):
    def __exit__(self, *args):
        super().__exit__(*args)
        return "yes"
with Truthy("d"):
    1 / 0
print("  suppressed")

print("__enter__ return value is what `as` binds:")
class Opener:
    def __enter__(self):
        return "the resource"
    def __exit__(self, *args):
        print("  closing; args:", [a if a is None else type(a).__name__ for a in args])
        return False
with Opener() as res:
    print("  as ->", res)

print("nested with statements exit in reverse order:")
log = []
with Tracker("outer", log=log):
    with Tracker("middle", log=log):
        with Tracker("inner", log=log):
            print("  innermost body")
print(" ", log)

print("multiple items in one with:")
log = []
try:
    with Tracker("x", log=log) as x, Tracker("y", log=log) as y, Tracker("z", log=log):
        print("  body sees", x.name, y.name)
        raise KeyError("multi")
except KeyError as e:
    print("  caught:", repr(e))
print(" ", log)

print("inner manager suppresses, outer sees no exception:")
with Tracker("outer2"):
    with Tracker("inner2", suppress=True):
        raise RuntimeError("hidden")
    print("  between")

print("exception in __enter__: __exit__ is not called:")
class FailEnter:
    def __enter__(self):
        raise OSError("cannot open")
    def __exit__(self, *args):
        print("  never printed")
try:
    with FailEnter():
        print("  never printed")
except OSError as e:
    print("  OSError:", e)

print("exception in __exit__ replaces the body's exception:")
class FailExit:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise TypeError("exit failed while handling " + exc_type.__name__)
try:
    with FailExit():
        raise ValueError("original")
except TypeError as e:
    print("  TypeError:", e, "| context:", repr(e.__context__))

print("return / break / continue inside with still run __exit__:")
def use_return():
    with Tracker("ret"):
        return "returned value"
print("  ->", use_return())
for i in range(3):
    with Tracker("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("  loop done at", i)

print("a manager that records and re-raises selectively:")
class Ignore:
    def __init__(self, *types):
        self.types = types
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught.append(repr(exc))
            return True
        return False
ig = Ignore(KeyError, IndexError)
for thunk in [lambda: {}[1], lambda: [][2], lambda: 3, lambda: {}["k"]]:
    with ig:
        thunk()
print("  ignored:", ig.caught)
try:
    with ig:
        int("zz")
except ValueError as e:
    print("  not ignored:", e)

print("missing protocol methods:")
class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        return False
for obj in [NoExit(), NoEnter(), 5]:
    try:
        with obj:
            pass
    except TypeError as e:
        print("  TypeError:", e)
