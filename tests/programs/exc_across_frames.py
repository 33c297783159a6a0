# Exceptions propagating through several function frames.

log = []

def level3(x):
    log.append("enter level3(%r)" % (x,))
    try:
        if x == "value":
            raise ValueError("bad value at level 3")
        if x == "zero":
            return 1 // 0
        if x == "key":
            return {}[x]
        log.append("level3 ok")
        return x * 2
    finally:
        log.append("leave level3")

def level2(x):
    log.append("enter level2")
    try:
        r = level3(x)
        log.append("level2 got %r" % (r,))
        return r
    except KeyError as e:
        log.append("level2 handled KeyError %s" % e)
        return "recovered"
    finally:
        log.append("leave level2")

def level1(x):
    log.append("enter level1")
    try:
        return level2(x)
    except ArithmeticError as e:
        log.append("level1 handled %s" % type(e).__name__)
        return "arith"
    finally:
        log.append("leave level1")

def top(x):
    del log[:]
    try:
        result = level1(x)
    except Exception as e:
        result = "top caught %s: %s" % (type(e).__name__, e)
    print("top(%r) -> %r" % (x, result))
    for line in log:
        print("    " + line)

top(21)
top("key")
top("zero")
top("value")

# Recursion unwinding: each frame's finally runs, innermost first.
order = []
def countdown(n):
    try:
        if n == 0:
            raise RuntimeError("bottom reached")
        countdown(n - 1)
    finally:
        order.append(n)

try:
    countdown(5)
except RuntimeError as e:
    print("countdown:", e, "unwound", order)

# Handler in the middle of a recursion.
def search(tree, target, depth=0):
    if tree is None:
        raise LookupError("not found")
    value, left, right = tree
    if value == target:
        return depth
    try:
        return search(left, target, depth + 1)
    except LookupError:
        return search(right, target, depth + 1)

tree = (1, (2, (4, None, None), (5, None, None)), (3, None, (6, None, None)))
for t in [1, 4, 5, 6, 3, 9]:
    try:
        print("search", t, "depth", search(tree, t))
    except LookupError as e:
        print("search", t, "->", e)

# Exceptions passing through lambdas, methods and nested functions.
class Processor:
    def __init__(self, steps):
        self.steps = steps
    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value

def make_checker(limit):
    def check(v):
        if v > limit:
            raise OverflowError("%d exceeds %d" % (v, limit))
        return v
    return check

p = Processor([lambda v: v + 1, lambda v: v * 10, make_checker(100), lambda v: v - 1])
for start in [1, 5, 9, 10]:
    try:
        print("run(%d) = %d" % (start, p.run(start)))
    except OverflowError as e:
        print("run(%d) failed: %s" % (start, e))

# An exception escaping a for loop inside a function stops the loop.
def process_all(items):
    done = []
    for item in items:
        done.append(10 // item)
    return done

def safe_process(items):
    try:
        return process_all(items)
    except ZeroDivisionError:
        return "stopped"
print(safe_process([1, 2, 5]))
print(safe_process([1, 0, 5]))

# Catching in a caller and continuing with the next item.
def parse_all(texts):
    out = []
    for t in texts:
        try:
            out.append(parse_one(t))
        except ValueError as e:
            out.append("ERR(%s)" % e)
    return out

def parse_one(t):
    return int(t.strip())

print(parse_all(["1", " 2 ", "three", "4", "5.0"]))

# Generator-free mutual recursion with an error at the bottom.
def is_even(n):
    if n < 0:
        raise ValueError("negative input %d" % n)
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
for n in [4, 7, -2]:
    try:
        print("is_even(%d) = %s" % (n, is_even(n)))
    except ValueError as e:
        print("is_even(%d) raised: %s" % (n, e))
