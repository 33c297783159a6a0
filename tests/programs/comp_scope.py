# Comprehension variables do not leak; what the comprehension can see.

x = "outer x"
squares = [x * x for x in range(5)]
print(squares, "| x is still:", x)

total = [i for i in range(3)]
print("'i' defined at module level:", "i" in globals())

# Same for dict/set comprehensions and generator expressions.
d = {k: k for k in range(3)}
s = {m for m in range(3)}
g = list(n for n in range(3))
print(d, s, g, [name in globals() for name in ("k", "m", "n")])

# Inside a function the loop variable is not a local of the function.
def f():
    y = "function y"
    result = [y for y in "abc"]
    return result, y
print(f())

# The comprehension reads enclosing variables.
def scale(values, factor):
    offset = 100
    return [v * factor + offset for v in values]
print(scale([1, 2, 3], 10))

# The first iterable is evaluated in the enclosing scope, before the loop.
def first_iterable():
    items = [1, 2, 3]
    return [items for items in items]     # the iterable `items` is the list
print(first_iterable())

# A regular for loop, by contrast, does leak its variable.
for leaked in range(3):
    pass
print("for-loop variable after loop:", leaked)

# Assigning to a name that shadows a builtin inside a comprehension is local to it.
print([len for len in range(3)], len("still the builtin"))

# Nested comprehension variables are independent of each other and of outer names.
row = "outer row"
grid = [[row * 10 + col for col in range(3)] for row in range(2)]
print(grid, row)

# Unpacking targets don't leak either.
a = b = "untouched"
pairs = [(a, b) for a, b in [(1, 2), (3, 4)]]
print(pairs, a, b)

# Walrus is the exception: it binds in the containing scope.
values = [5, 12, 7, 20]
big = [w for v in values if (w := v * 2) > 15]
print(big, "w after comprehension:", w)

def walrus_in_function():
    hits = [last for n in range(10) if (last := n) % 4 == 0]
    return hits, last
print(walrus_in_function())

# The comprehension sees globals at the time it runs.
G = 1
def uses_global():
    return [G + i for i in range(3)]
print(uses_global())
G = 10
print(uses_global())

# A comprehension inside a function that declares a global still works normally.
counter = 0
def count_items(items):
    global counter
    result = [item for item in items]
    counter += len(result)
    return result
count_items("ab")
count_items("cde")
print("counter:", counter)

# A comprehension in a method can use self and arguments.
class Poly:
    def __init__(self, coeffs):
        self.coeffs = coeffs
    def values(self, xs):
        return [sum(c * x ** i for i, c in enumerate(self.coeffs)) for x in xs]
print(Poly([1, 0, 2]).values(range(4)))

# Comprehensions in class bodies: only the first iterable sees class names.
class Config:
    names = ["a", "b"]
    prefix = "cfg_"
    upper = [n.upper() for n in names]
    try:
        prefixed = [prefix + n for n in names]
    except NameError as e:
        prefixed = "NameError: %s" % e
print(Config.upper, Config.prefixed)

# UnboundLocalError: a name assigned later in the function is local everywhere.
def late_assignment():
    try:
        out = [z for _ in range(2)]
    except NameError as e:
        out = "%s: %s" % (type(e).__name__, e)
    z = 5
    return out
print(late_assignment())
