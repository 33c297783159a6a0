# PEP 479 and friends: StopIteration inside generators becomes RuntimeError; generator re-entrancy.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)

def leaky():
    yield 1
    raise StopIteration("leaked")
show("explicit StopIteration", lambda: list(leaky()))

def next_on_empty():
    it = iter([])
    yield next(it)
show("next() on exhausted iterator", lambda: list(next_on_empty()))

def safe_next():
    it = iter([])
    value = next(it, "default")
    yield value
show("next with default", lambda: list(safe_next()))

def catches_it():
    it = iter([1])
    while True:
        try:
            value = next(it)
        except StopIteration:
            return "finished cleanly"
        yield value
g = catches_it()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

# StopIteration raised in an ordinary iterator's __next__ is fine
class Limited:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Limited(3)), [x for x in Limited(2)], sum(Limited(5)))

# StopIteration escaping a generator expression via next() also converts
def first(it):
    return next(iter(it))
show("first of empty", lambda: first([]))
show("genexp with next", lambda: list(next(iter([])) for _ in range(2)))
show("comprehension with next", lambda: [next(iter([])) for _ in range(2)])

# StopIteration subclass is converted too
class MyStop(StopIteration):
    pass
def raises_subclass():
    yield 0
    raise MyStop
show("subclass", lambda: list(raises_subclass()))

# a return statement in a generator ends iteration cleanly with a value
def with_return():
    yield "a"
    return "value"
print(list(with_return()))

# re-entering a running generator
def reentrant():
    yield gen_ref.send(None)
gen_ref = reentrant()
show("generator already executing", lambda: next(gen_ref))

# a generator that consumes itself
def self_consumer():
    yield 1
    yield from me
me = self_consumer()
print(next(me))
show("yield from itself", lambda: next(me))

# generator object attributes
def named():
    yield
gen = named()
print(gen.__name__, gen.__qualname__, type(gen).__name__, iter(gen) is gen, hasattr(gen, "send"))
print(gen.gi_running, gen.gi_frame is not None)
list(gen)
print(gen.gi_frame)

# raising StopIteration in a generator's finally during close is still an error
def stop_in_finally():
    try:
        yield
    finally:
        raise StopIteration
sf = stop_in_finally()
next(sf)
show("stop in finally on close", sf.close)

# StopIteration raised by __next__ of a class used in yield from ends the delegation
def delegate():
    result = yield from Limited(2)
    yield ("delegation result", result)
print(list(delegate()))
