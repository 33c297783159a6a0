# raise with a class, an instance, a variable; bare raise re-raises.

def show(thunk):
    try:
        thunk()
    except BaseException as e:
        print("  %s args=%r str=%r" % (type(e).__name__, e.args, str(e)))

def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("with message")
def raise_variable():
    err = KeyError("stored")
    raise err
def raise_computed():
    kinds = [TypeError, ValueError, IndexError]
    raise kinds[2]("picked from a list")
def raise_call_result():
    def make(n):
        return RuntimeError("made %d" % n)
    raise make(7)

for f in [raise_class, raise_instance, raise_variable, raise_computed, raise_call_result]:
    print(f.__name__)
    show(f)

# Bare raise re-raises the exception being handled, unchanged.
def reraise():
    try:
        {}["missing"]
    except KeyError:
        print("  logging and re-raising")
        raise
print("reraise")
show(reraise)

# Bare raise after a nested, already finished handler re-raises the outer one.
def reraise_outer_after_inner():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
print("reraise_outer_after_inner")
show(reraise_outer_after_inner)

# Bare raise in a helper function called from a handler.
def helper_reraise():
    raise
def uses_helper():
    try:
        raise IndexError("via helper")
    except IndexError:
        helper_reraise()
print("uses_helper")
show(uses_helper)

# Bare raise with no active exception.
def nothing_to_reraise():
    raise
print("nothing_to_reraise")
show(nothing_to_reraise)

# Raising something that is not an exception.
def raise_int():
    raise 42
def raise_str():
    raise "text"
def raise_non_exc_class():
    class NotAnError:
        pass
    raise NotAnError
print("raise_int")
show(raise_int)
print("raise_str")
show(raise_str)
print("raise_non_exc_class")
show(raise_non_exc_class)

# `raise e` of a caught exception keeps the same object.
def raise_caught():
    try:
        raise ValueError("same")
    except ValueError as e:
        first = e
    try:
        raise first
    except ValueError as e2:
        print("  same object:", e2 is first)
print("raise_caught")
raise_caught()

# Conditional re-raise: handle some, re-raise others.
def only_small(n):
    try:
        if n > 10:
            raise ValueError("too big: %d" % n)
        if n < 0:
            raise ValueError("negative: %d" % n)
        return n
    except ValueError as e:
        if "negative" in str(e):
            return 0
        raise

for n in [5, -3, 50]:
    try:
        print("only_small(%d) = %r" % (n, only_small(n)))
    except ValueError as e:
        print("only_small(%d) raised %s" % (n, e))

# Modifying the exception before re-raising.
def annotate():
    try:
        try:
            raise ValueError("base")
        except ValueError as e:
            e.args = e.args + ("annotated",)
            e.note = "extra attribute"
            raise
    except ValueError as e:
        print("annotate:", e.args, e.note, str(e))
annotate()

# A raise inside a loop stops it.
def first_negative(items):
    class Found(Exception):
        pass
    try:
        for i, x in enumerate(items):
            if x < 0:
                raise Found(i, x)
    except Found as f:
        return "found at %d: %d" % f.args
    return "none found"
print(first_negative([3, 1, 4, -1, 5, -9]))
print(first_negative([1, 2]))

# assert raises AssertionError.
def check(x):
    assert x > 0, "x must be positive, got %d" % x
    assert x != 5
    return x
for v in [3, -2, 5]:
    try:
        print("check", check(v))
    except AssertionError as e:
        print("AssertionError args=%r" % (e.args,))
