# Dict and set comprehensions.

words = ["apple", "bob", "cat", "apple", "dog", "bob", "eel", "apple"]

# Dict comprehensions: keys, values, filters, later keys overwrite earlier ones.
print({w: len(w) for w in words})
print({w: i for i, w in enumerate(words)})              # last index wins
print({i: w for i, w in enumerate(words) if len(w) == 3})
print({w: words.count(w) for w in words if words.count(w) > 1})
print({n: n * n for n in range(6)})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()})   # inverting loses duplicates
print({k.upper(): v * 2 for k, v in {"p": 1, "q": 2}.items() if v > 1})
print({(a, b): a * b for a in range(1, 3) for b in range(1, 3)})
print({c: [w for w in sorted(set(words)) if w[0] == c] for c in "abc"})
print({})
print({x: x for x in []})

# Key order follows first insertion, even when a value is replaced later.
d = {k: v for k, v in [("z", 1), ("a", 2), ("z", 3), ("m", 4)]}
print(d, list(d))

# Grouping with a dict comprehension over a set of keys.
people = [("ann", "nyc"), ("bob", "sf"), ("cy", "nyc"), ("dee", "la"), ("eve", "sf")]
cities = sorted({city for _, city in people})
print(cities)
print({city: [name for name, c in people if c == city] for city in cities})

# Nested dict comprehension.
table = {r: {c: r * c for c in range(1, 4)} for r in range(1, 4)}
print(table)
print(table[2][3], {r: sum(row.values()) for r, row in table.items()})

# Set comprehensions (sets of ints print in a stable order; strings are sorted).
print({n % 5 for n in range(20)})
print({n * n for n in range(-3, 4)})
print(sorted({w for w in words}))
print(sorted({w[0] for w in words}))
print(len({w for w in words}), len(words))
print({x for x in range(10) if x % 3 == 0} | {x for x in range(10) if x % 4 == 0})
print({x for x in range(10)} - {x * 2 for x in range(10)})
print(set() == {x for x in []}, type({x for x in []}).__name__, type({}).__name__)

# Set comprehension of tuples, then sorted.
print(sorted({(min(a, b), max(a, b)) for a in range(3) for b in range(3) if a != b}))

# Dict comprehension from zip and from two lists.
keys = ["one", "two", "three"]
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)})
print(dict(zip(keys, vals)) == {k: v for k, v in zip(keys, vals)})

# Counting characters.
text = "mississippi"
counts = {ch: text.count(ch) for ch in text}
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

# Evaluation order: key is evaluated before value (since 3.8).
order = []
def k(x):
    order.append("key %d" % x)
    return x
def v(x):
    order.append("value %d" % x)
    return x * 10
print({k(i): v(i) for i in range(3)}, order)

# Errors inside dict comprehensions propagate.
try:
    {x: 1 // x for x in [1, 0]}
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {[x]: x for x in range(2)}
except TypeError as e:
    print("TypeError:", e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print("TypeError:", e)
