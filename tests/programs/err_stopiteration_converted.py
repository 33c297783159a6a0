# An uncaught RuntimeError converted from StopIteration inside a generator (PEP 479):
# the traceback shows the StopIteration as the direct cause.

def take_pairs(items):
    it = iter(items)
    while True:
        first = next(it, None)
        if first is None:
            return
        second = next(it)
        yield first, second

def pairs_or_error(items):
    try:
        return list(take_pairs(items))
    except RuntimeError as e:
        return f"{type(e).__name__}: {e} (cause: {type(e.__cause__).__name__})"

print(list(take_pairs([1, 2, 3, 4])))
print(list(take_pairs([])))
print(pairs_or_error([1, 2, 3]))

def header_then_rows(lines):
    it = iter(lines)
    header = next(it).split(",")
    for line in it:
        yield dict(zip(header, line.split(",")))

print(list(header_then_rows(["a,b", "1,2", "3,4"])))
print(list(header_then_rows(["only,header"])))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), "plain iterators may raise StopIteration freely")

def summary(rows):
    for row in rows:
        yield ", ".join(f"{k}={v}" for k, v in row.items())

print(list(summary(header_then_rows(["x,y", "5,6"]))))
print(list(summary(header_then_rows([]))))
