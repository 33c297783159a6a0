# An exception passes through __exit__ (which returns False) and is uncaught.

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print("close", self.name, "exception:", kind, repr(exc) if exc else "")
        return False
    def use(self, n):
        print("use", self.name, n)
        return 100 // n

with Resource("first") as r:
    print("result", r.use(4))

with Resource("outer") as outer:
    with Resource("inner") as inner:
        outer.use(5)
        inner.use(0)
        print("not reached")
print("not reached either")
