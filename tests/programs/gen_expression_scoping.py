# Generator expressions: eager first iterable, lazy everything else, single use, scope and late binding.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def source(tag, items):
    print(f"  building source {tag}")
    return items

g = (x * 2 for x in source("outer", [1, 2, 3]) for y in source("inner", "ab"))
print("genexp created")
print(next(g))
print(list(g))

# the first iterable is evaluated immediately, so errors there happen at creation time
show("non-iterable first", lambda: (x for x in 5))
lazy = (x for x in [1] for y in 5)
print("inner non-iterable not yet evaluated")
show("inner non-iterable", lambda: list(lazy))
lazy_div = (1 / x for x in [1, 0])
print(next(lazy_div))
show("division inside", lambda: next(lazy_div))
show("after error", lambda: next(lazy_div))

# late binding of names used in the body and in inner loops
n = 10
scaled = (x * n for x in range(3))
n = 100
print(list(scaled))
items = [1, 2]
eager_first = (x for x in items)
items = [7, 8, 9]
print(list(eager_first))
filt = [5]
late_cond = (x for x in range(10) if x in filt)
filt = [3, 4]
print(list(late_cond))

# generator expressions inside functions close over locals
def make(k):
    return (i * k for i in range(3))
gens = [make(k) for k in (1, 2)]
print([list(gx) for gx in gens])
def late_closure():
    gs = [(i + j for j in range(2)) for i in range(3)]
    return [list(gx) for gx in gs]
print(late_closure())

# single use
squares = (x * x for x in range(4))
print(sum(squares), sum(squares), list(squares))
print(3 in (x for x in range(5)), max(x % 7 for x in range(20)), sorted((-x for x in range(4)), reverse=True))

# as the sole argument parentheses may be omitted
print(sum(x for x in range(5)), "".join(c.upper() for c in "abc"), any(x > 3 for x in [1, 5]), dict((k, v) for k, v in [("a", 1)]))

# the loop variable never leaks
total = sum(leak for leak in range(3))
show("no leak", lambda: leak)

# class bodies: only the first iterable sees class-level names
class Config:
    base = [1, 2, 3]
    factor = 10
    doubled = list(x * 2 for x in base)
    try:
        scaled = list(x * factor for x in base)
    except NameError as e:
        scaled = "NameError: " + str(e)
print(Config.doubled, Config.scaled)

# generator expression objects
ge = (c for c in "xy")
print(type(ge).__name__, ge.__name__, iter(ge) is ge, next(ge), list(ge))

# nested generator expressions and conditional expressions inside
matrix = [[1, 2, 3], [4, 5, 6]]
flat = (v for row in matrix for v in row if v % 2)
print(list(flat), list((v if v > 2 else -v) for row in matrix for v in row))
transposed = list(list(row[i] for row in matrix) for i in range(3))
print(transposed)

# yield inside a generator expression is a syntax error; await too (outside async) - compile-time only
print("done")
