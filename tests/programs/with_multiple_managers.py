# with statements: several managers, enter/exit order, exceptions in __enter__/__exit__, suppression.

class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print(f"  enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"{self.name} failed to enter")
        return self.name
    def __exit__(self, exc_type, exc, tb):
        print(f"  exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} tb={tb is not None}")
        if self.fail_exit:
            raise ValueError(f"{self.name} failed to exit")
        return self.suppress

def attempt(label, fn):
    print(label)
    try:
        result = fn()
        print("  result:", result)
    except Exception as e:
        print("  escaped:", type(e).__name__, e, "| context:", repr(e.__context__))

def nested_three():
    with CM("a") as a, CM("b") as b, CM("c") as c:
        return a + b + c
attempt("three managers", nested_three)

def body_raises():
    with CM("a"), CM("b"):
        raise KeyError("body")
attempt("body raises", body_raises)

def inner_suppresses():
    with CM("outer"), CM("inner", suppress=True):
        raise KeyError("suppressed by inner")
    return "continued after with"
attempt("inner suppresses", inner_suppresses)

def outer_suppresses():
    with CM("outer", suppress=True), CM("inner"):
        raise KeyError("suppressed by outer")
    return "continued"
attempt("outer suppresses", outer_suppresses)

def second_enter_fails():
    with CM("first"), CM("second", fail_enter=True), CM("third"):
        return "unreachable"
attempt("second __enter__ fails", second_enter_fails)

def exit_raises_replaces():
    with CM("a"), CM("b", fail_exit=True):
        raise KeyError("original")
attempt("__exit__ raises during exception", exit_raises_replaces)

def exit_raises_clean():
    with CM("only", fail_exit=True):
        pass
attempt("__exit__ raises on clean exit", exit_raises_clean)

def parenthesized():
    with (
        CM("p1") as one,
        CM("p2") as two,
    ):
        return [one, two]
attempt("parenthesized form", parenthesized)

def truthy_suppress():
    class Truthy(CM):
        def __exit__(self, *args):
            super().__exit__(*args)
            return "non-empty string"
    with Truthy("truthy"):
        1 / 0
    return "suppressed by truthy value"
attempt("truthy return value", truthy_suppress)

def return_in_body():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 1:
                return "returned at 1"
            continue
attempt("return and continue in body", return_in_body)

def break_in_body():
    for i in range(3):
        with CM(f"iter{i}"):
            if i == 1:
                break
    return i
attempt("break in body", break_in_body)

def target_unpacking():
    class Pair:
        def __enter__(self):
            return (1, [2, 3])
        def __exit__(self, *a):
            return None
    with Pair() as (x, [y, z]):
        return x + y + z
attempt("unpacking target", target_unpacking)

def not_a_manager():
    with 42:
        pass
attempt("not a context manager", not_a_manager)

def only_enter():
    class OnlyEnter:
        def __enter__(self):
            return self
    with OnlyEnter():
        pass
attempt("missing __exit__", only_enter)

def exit_args_checked():
    class Checker:
        def __enter__(self):
            return self
        def __exit__(self, exc_type, exc, tb):
            print("  types:", exc_type, type(exc).__name__, isinstance(exc, exc_type), exc.args)
            return True
    with Checker():
        raise IndexError("one", 2)
    return "after"
attempt("exit arguments", exit_args_checked)
