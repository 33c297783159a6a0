# Traceback objects (__traceback__, sys.exc_info()[2], __exit__'s third argument, with_traceback,
# tb_next/tb_lineno) and OSError's errno mapping, fields and str().
import sys

def inner():
    raise ValueError("deep")

def middle():
    inner()

try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is sys.exc_info()[2], tb is e.__traceback__)
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("lines from the handler inwards:", lines)
    print(e.with_traceback(None) is e, e.__traceback__)

class Manager:
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        print("exit:", kind.__name__ if kind else None, type(tb).__name__, tb.tb_lineno if tb else None)
        return True

with Manager():
    middle()
with Manager():
    pass

try:
    raise KeyError("k").with_traceback(None)
except KeyError as e:
    print("fresh traceback has one entry:", e.__traceback__.tb_next is None)

plain = KeyError("plain")
for bad in (5, "tb"):
    try:
        plain.__traceback__ = bad
    except TypeError as err:
        print("TypeError", err)
try:
    plain.with_traceback(3)
except TypeError as err:
    print("TypeError", err)

# A saved exception raised again gets the new frames in front of the old ones.
def catch():
    try:
        middle()
    except ValueError as e:
        return e
saved = catch()
try:
    raise saved
except ValueError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    print("entries after raising again:", n)

# OSError picks its subclass from errno and keeps the fields.
for args in [(), ("message",), (2, "No such file"), (2, "No such file", "data.txt"),
             (13, "Denied", "a", None, "b"), (17, "Exists"), (21, "Is a directory"), (32, "Pipe"),
             (99, "Unknown errno"), ("2", "errno as str"), (2, "x", None), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, "|", e, "|", repr(e))

class AppError(OSError):
    pass
e = AppError(2, "not mapped for subclasses")
print(type(e).__name__, e.errno, e, isinstance(e, FileNotFoundError))
e = FileNotFoundError(2, "gone", "path")
e.errno = 5
print(e, e.args, vars(e))
print(OSError is IOError, OSError is EnvironmentError)

try:
    open("no/such/dir/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    raise OSError(2, "raised")
except FileNotFoundError as e:
    print("caught as FileNotFoundError:", e)
