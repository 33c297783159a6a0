# yield from: delegation of values, send and throw to subgenerators, and the subgenerator's return value.

def inner(tag):
    print(f"  {tag} start")
    x = yield f"{tag}-1"
    print(f"  {tag} got {x!r}")
    y = yield f"{tag}-2"
    print(f"  {tag} got {y!r}")
    return f"{tag} result ({x}, {y})"

def outer():
    r1 = yield from inner("A")
    print("  outer received", r1)
    r2 = yield from inner("B")
    print("  outer received", r2)
    return [r1, r2]

g = outer()
print(next(g))
print(g.send("a1"))
print(g.send("a2"))
print(g.send("b1"))
try:
    g.send("b2")
except StopIteration as e:
    print("final", e.value)

# yield from any iterable
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), {"k": 0}, (x * x for x in range(3)))))

def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

# throw() is forwarded into the innermost generator
def worker():
    try:
        while True:
            item = yield
            print("  working on", item)
    except KeyError as e:
        print("  worker handled", repr(e))
        return "worker stopped"
def manager():
    result = yield from worker()
    print("  manager sees", result)
    yield "manager continues"
m = manager()
next(m)
m.send("job1")
print(m.throw(KeyError("stop")))

# an exception not handled by the subgenerator propagates through the delegator
def fragile():
    yield 1
    yield 2
def delegator():
    try:
        yield from fragile()
    except ValueError as e:
        yield "delegator caught " + str(e)
d = delegator()
print(next(d), d.throw(ValueError("boom")))

# close() closes the subgenerator first
def sub():
    try:
        yield "sub"
    finally:
        print("  sub finally")
def top():
    try:
        yield from sub()
    finally:
        print("  top finally")
t = top()
print(next(t))
t.close()

# return value of yield from on a plain iterator is None
def plain():
    result = yield from [1, 2]
    yield ("result", result)
print(list(plain()))

# a subgenerator raising StopIteration-carrying return values deep down
def depth(n):
    if n == 0:
        return 0
    sub_total = yield from depth(n - 1)
    yield n
    return sub_total + n
def run_depth(n):
    gen = depth(n)
    seen = []
    while True:
        try:
            seen.append(next(gen))
        except StopIteration as e:
            return seen, e.value
print(run_depth(5))

# sending non-None into a delegated plain iterator fails
def via_list():
    yield from iter([1, 2, 3])
vl = via_list()
next(vl)
try:
    vl.send("value")
except AttributeError as e:
    print(type(e).__name__, e)
