# Context managers in practice: transactions with rollback, redirect of output, reentrancy, nesting in loops.
import sys

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"  rolled back because of {exc_type.__name__}: {exc}")
            return issubclass(exc_type, ValueError)
        print("  committed")
        return False

accounts = {"ann": 100, "bob": 50}
def transfer(src, dst, amount):
    with Transaction(accounts) as acc:
        acc[src] -= amount
        if acc[src] < 0:
            raise ValueError(f"insufficient funds in {src}")
        acc[dst] += amount
transfer("ann", "bob", 30)
print(accounts)
transfer("bob", "ann", 500)
print(accounts)
try:
    with Transaction(accounts) as acc:
        acc["ann"] = 0
        acc["nobody"] += 1
except KeyError as e:
    print("KeyError propagated:", e)
print(accounts)

class Capture:
    """Temporarily replaces sys.stdout with an object collecting writes."""
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass
    def __enter__(self):
        self.saved = sys.stdout
        sys.stdout = self
        return self
    def __exit__(self, *exc):
        sys.stdout = self.saved
        return False
with Capture() as cap:
    print("hidden line 1")
    print("hidden", "line", 2, sep="_")
print("captured:", cap.parts)
print("captured text:", repr("".join(cap.parts)))

class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, *exc):
        Indent.level -= 1
    @staticmethod
    def say(msg):
        print("    " * Indent.level + msg)
ind = Indent()
Indent.say("top")
with ind:
    Indent.say("one deep")
    with ind:
        Indent.say("two deep")
        with ind, ind:
            Indent.say("four deep (same object entered twice)")
    Indent.say("back to one")
Indent.say("top again")

class Timer:
    def __init__(self):
        self.count = 0
    def __enter__(self):
        self.count += 1
        return self.count
    def __exit__(self, *exc):
        return None
t = Timer()
for i in range(3):
    with t as n:
        if i == 1:
            continue
        print("  iteration", i, "entered", n)
print("total entries", t.count)

# __exit__ receives the exception that was raised, even if it was re-raised from a handler
class Observer:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  observer saw", exc_type.__name__ if exc_type else None, "context", type(exc.__context__).__name__ if exc and exc.__context__ else None)
        return True
with Observer():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("converted")
print("after observer")

# a generator-based manager written by hand (no contextlib)
class GenManager:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            next(self.gen, None)
            return False
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as e:
            if e is exc:
                return False
            raise
        return False
def tag(name):
    print(f"  <{name}>")
    try:
        yield name
    except ZeroDivisionError:
        print(f"  [{name}: division error swallowed]")
    finally:
        print(f"  </{name}>")
with GenManager(tag("p")) as t1:
    print("  body of", t1)
with GenManager(tag("div")):
    1 / 0
try:
    with GenManager(tag("span")):
        raise OSError("disk")
except OSError as e:
    print("OSError escaped:", e)
