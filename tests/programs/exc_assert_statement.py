# assert: messages, lazy message evaluation, AssertionError args, asserts in functions and loops, validation.

def show(label, f):
    try:
        print(label, repr(f()))
    except AssertionError as e:
        print(label, "AssertionError", repr(e), e.args, str(e) == "" and "empty message" or "has message")

def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
show("passes", lambda: check_positive(5))
show("fails with message", lambda: check_positive(-2))

def no_message(x):
    assert x
    return "ok"
show("no message", lambda: no_message(0))
show("truthy list", lambda: no_message([0]))

calls = []
def expensive_message():
    calls.append("built")
    return "built lazily"
def lazy(ok):
    assert ok, expensive_message()
    return "passed"
show("lazy pass", lambda: lazy(True))
print("message built so far:", calls)
show("lazy fail", lambda: lazy(False))
print("message built so far:", calls)

def non_string_messages(kind):
    if kind == "int":
        assert False, 42
    if kind == "tuple":
        assert False, (1, "two")
    if kind == "none":
        assert False, None
    if kind == "exc":
        assert False, ValueError("inner")
    if kind == "dict":
        assert 1 == 2, {"expected": 2}
show("int message", lambda: non_string_messages("int"))
show("tuple message", lambda: non_string_messages("tuple"))
show("none message", lambda: non_string_messages("none"))
show("exception message", lambda: non_string_messages("exc"))
show("dict message", lambda: non_string_messages("dict"))

# AssertionError is an ordinary Exception subclass
print(AssertionError.__mro__, issubclass(AssertionError, Exception))
try:
    raise AssertionError("raised by hand", 2)
except AssertionError as e:
    print(e.args, str(e))

# asserts as invariants in a small data structure
class SortedList:
    def __init__(self):
        self.items = []
    def _check(self):
        assert all(a <= b for a, b in zip(self.items, self.items[1:])), f"unsorted: {self.items}"
    def add(self, x):
        lo, hi = 0, len(self.items)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.items[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        self.items.insert(lo, x)
        self._check()
    def corrupt(self):
        self.items.reverse()
        self._check()
sl = SortedList()
for v in [5, 1, 4, 1, 3]:
    sl.add(v)
print(sl.items)
show("invariant broken", sl.corrupt)

# assert inside loops and comprehensions
def all_even(nums):
    for i, n in enumerate(nums):
        assert n % 2 == 0, f"item {i} ({n}) is odd"
    return True
show("all even ok", lambda: all_even([2, 4, 6]))
show("all even fails", lambda: all_even([2, 3, 6]))

# the message expression can itself fail, replacing the AssertionError
def broken_message():
    assert False, 1 / 0
try:
    broken_message()
except ZeroDivisionError as e:
    print("message evaluation raised", type(e).__name__, e, e.__context__)

# assert with parenthesised condition and message on separate lines
def multi_line(value):
    assert (
        isinstance(value, int)
        and value < 10
    ), (
        "value must be a small int, "
        f"got {value!r}"
    )
    return value
show("multi-line ok", lambda: multi_line(3))
show("multi-line fail", lambda: multi_line("x"))
print(__debug__)
