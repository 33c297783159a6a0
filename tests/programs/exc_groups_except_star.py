# ExceptionGroup and except*: splitting by type, nested groups, subgroup/split/derive, re-raising rules.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

eg = ExceptionGroup("batch failed", [ValueError("bad value"), TypeError("bad type"), ValueError("worse value")])
print(eg, repr(eg.message), len(eg.exceptions), [repr(x) for x in eg.exceptions])
print(isinstance(eg, Exception), type(eg).__mro__[1].__name__, eg.args[0], type(eg.args[1]).__name__)

try:
    raise eg
except* ValueError as group:
    print("ValueError part:", repr(group), [str(x) for x in group.exceptions])
except* TypeError as group:
    print("TypeError part:", repr(group))

# unhandled parts propagate as a new group
def partial_handler():
    try:
        raise ExceptionGroup("mixed", [KeyError("k"), IndexError("i"), OSError("o")])
    except* LookupError as g:
        print("  handled lookups:", [type(x).__name__ for x in g.exceptions])
try:
    partial_handler()
except ExceptionGroup as rest:
    print("remaining:", repr(rest))

# a naked exception is wrapped in a group for except*
try:
    raise ZeroDivisionError("naked")
except* ZeroDivisionError as g:
    print("wrapped:", repr(g), type(g).__name__)

# nested groups keep their structure when split
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
match_, rest = nested.split(ValueError)
print(repr(match_))
print(repr(rest))
print(repr(nested.subgroup(lambda e: isinstance(e, TypeError))), nested.subgroup(OSError))
print(repr(nested.split((TypeError, KeyError))[0]))

# BaseExceptionGroup is used when a non-Exception is included
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
print(type(beg).__name__, repr(beg))
eg2 = BaseExceptionGroup("only exceptions", [ValueError("v")])
print(type(eg2).__name__)

# derive() is used by split to build new groups of the same kind
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + " (derived)", excs)
mg = MyGroup("custom", [ValueError("a"), TypeError("b")])
m, r = mg.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))

# constructor errors
show("empty list", lambda: ExceptionGroup("e", []))
show("not a sequence", lambda: ExceptionGroup("e", None))
show("message not str", lambda: ExceptionGroup(1, [ValueError()]))
show("non exception", lambda: ExceptionGroup("e", [1]))
show("base in ExceptionGroup", lambda: ExceptionGroup("e", [KeyboardInterrupt()]))

# raising inside except* adds to the result; raise in except* chains
def raising_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise RuntimeError("handler failed")
try:
    raising_in_handler()
except ExceptionGroup as e:
    print("outer got", repr(e), "| context of inner:", repr(e.exceptions[0].__context__))
except RuntimeError as e:
    print("plain RuntimeError", repr(e), repr(e.__context__))

# each except* clause runs at most once, in order, and a bare raise re-raises its part
def reraiser():
    try:
        raise ExceptionGroup("all", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as g:
        print("  saw", len(g.exceptions), "ValueErrors")
        raise
    except* TypeError:
        print("  saw TypeError, swallowed")
try:
    reraiser()
except ExceptionGroup as e:
    print("re-raised:", repr(e))

# except* cannot catch ExceptionGroup itself
try:
    try:
        raise ValueError("v")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# exceptions of a group keep their tracebacks and notes
err = ValueError("noted")
err.add_note("first note")
err.add_note("second note")
grp = ExceptionGroup("with notes", [err])
print(grp.exceptions[0].__notes__, str(grp), grp.exceptions[0] is err)
