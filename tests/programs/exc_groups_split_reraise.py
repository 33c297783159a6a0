# except* and exception groups: split/subgroup/derive rules, what a try/except* re-raises, sys.exception() inside clauses, constructor and matcher errors.
import sys
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# a naked exception that does not match passes through unchanged
def naked():
    try:
        raise KeyError("k")
    except* ValueError:
        print("never")
try:
    naked()
except KeyError as e:
    print("naked passed:", repr(e))

# else and finally with except*
def with_else(fail):
    try:
        if fail:
            raise ExceptionGroup("f", [OSError("o")])
        print("  body ok")
    except* OSError as g:
        print("  handled", repr(g), sys.exception() is g)
    else:
        print("  else ran")
    finally:
        print("  finally ran")
with_else(False)
with_else(True)

# a new exception plus an unhandled part: both in a new unnamed group
def mixed():
    try:
        raise ExceptionGroup("orig", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise KeyError("new")
try:
    mixed()
except ExceptionGroup as e:
    print("mixed:", repr(e), repr(e.message))
    print("  ", [type(x).__name__ for x in e.exceptions], e.exceptions[1].exceptions)

# raising from a handler of a wrapped naked exception
def naked_raise():
    try:
        raise ValueError("inner")
    except* ValueError as g:
        raise RuntimeError("outer") from g
try:
    naked_raise()
except RuntimeError as e:
    print("naked raise:", repr(e), repr(e.__cause__))

# nested try/except* inside a handler
def nested_star():
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        try:
            raise ExceptionGroup("b", [KeyError(3)])
        except* KeyError as h:
            print("  inner", repr(h), repr(sys.exception()))
        print("  after inner", repr(sys.exception()))
    except* TypeError as g:
        print("  type part", repr(g))
nested_star()
print("handled now:", sys.exception())

# subgroup/split argument errors
eg = ExceptionGroup("m", [ValueError(1)])
show("subgroup str", lambda: eg.subgroup(str))
show("split int", lambda: eg.split(5))
show("split tuple", lambda: eg.split((ValueError, int)))
show("split full", lambda: eg.split(Exception))
show("subgroup all", lambda: eg.subgroup(lambda e: True) is eg)
show("one", lambda: str(eg))
show("derive", lambda: eg.derive([KeyboardInterrupt()]))
show("args count", lambda: ExceptionGroup("x"))
show("tuple excs", lambda: ExceptionGroup("x", (ValueError(),)).args)
show("str seq", lambda: ExceptionGroup("x", "ab"))
class Bad(ExceptionGroup):
    def derive(self, excs):
        return 42
show("bad derive", lambda: Bad("b", [ValueError(), TypeError()]).split(ValueError))
class BaseOk(BaseExceptionGroup):
    pass
show("base subclass", lambda: type(BaseOk("b", [ValueError()])).__name__)
class ExcSub(ExceptionGroup):
    pass
show("nest base", lambda: ExcSub("b", [SystemExit()]))
show("catch non exc", lambda: exec_star(int))
def exec_star(t):
    try:
        raise ValueError()
    except* t:
        pass
show("catch tuple group", lambda: exec_star((ValueError, ExceptionGroup)))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__, ExceptionGroup.__bases__)
# notes copied on split, metadata copied
g = ExceptionGroup("n", [ValueError(1), TypeError(2)])
g.add_note("a note")
try:
    raise g
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    print(m.__notes__, m.__notes__ is g.__notes__, m.__traceback__ is g.__traceback__, m.__suppress_context__)
