# List comprehensions: mapping, filtering, conditional expressions, nesting.

nums = list(range(-5, 11))
print(nums)
print([n * n for n in nums])
print([n for n in nums if n % 3 == 0])
print([n for n in nums if n > 0 if n % 2])
print([abs(n) if n < 0 else -n for n in nums])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([str(n) for n in nums if n >= 8])
print([(n, n ** 3) for n in range(4)])
print([[n] * n for n in range(4)])
print([c.upper() for c in "hello" if c != "l"])
print([len(w) for w in "the quick brown fox jumps".split()])
print([w for w in ["apple", "", "kiwi", "", "fig"] if w])
print([x for x in [0, 1, None, "", "a", [], [0], False, True] if x])

# Comprehension over other iterables.
print([k for k in {"b": 1, "a": 2}])
print([v * 10 for v in {"b": 1, "a": 2}.values()])
print([f"{k}={v}" for k, v in {"x": 1, "y": 2}.items()])
print([i for i, ch in enumerate("banana") if ch == "a"])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([t[::-1] for t in [(1, 2), (3, 4, 5)]])
print([ch for ch in reversed("stressed")])
print([x for x in range(30) if x % 2 == 0 if x % 3 == 0])

# Unpacking in the target.
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([name for num, name in pairs if num != 2])
print([(b, a) for a, b in pairs])
print([first for first, *rest in [(1, 2, 3), (4,), (5, 6)]])
print([rest for first, *rest in [(1, 2, 3), (4,), (5, 6)]])
print([x + y + z for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]])

# Nested comprehensions (a comprehension inside the element expression).
matrix = [[r * 3 + c for c in range(3)] for r in range(4)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])      # transpose
print([[x * 2 for x in row if x % 2] for row in matrix])
print([sum(row) for row in matrix], sum(sum(row) for row in matrix))
identity = [[1 if r == c else 0 for c in range(4)] for r in range(4)]
for row in identity:
    print(row)

# Function calls and method calls in comprehensions.
def classify(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([classify(n) for n in [-2, 0, 3]])
print([s.strip().title() for s in ["  ann ", "BOB", " cy"]])
print([int(s) for s in "3 14 15 92".split()])

# The iterable is evaluated once, before the loop.
calls = []
def source():
    calls.append("source called")
    return [1, 2, 3]
print([x * 2 for x in source()], calls)

# Comprehensions with side effects run in order.
log = []
result = [log.append(i) or i * 10 for i in range(4)]
print(result, log)

# An exception inside a comprehension propagates; nothing is assigned.
try:
    bad = [10 // x for x in [5, 2, 0, 1]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("bad" in globals())

# Empty results.
print([x for x in []], [x for x in range(10) if x > 100], [[] for _ in range(2)])

# Building a list of lists correctly (vs. list multiplication aliasing).
grid_ok = [[0] * 3 for _ in range(3)]
grid_bad = [[0] * 3] * 3
grid_ok[0][0] = 1
grid_bad[0][0] = 1
print(grid_ok, grid_bad)

# Flattening and sieving.
nested = [[1, 2], [3], [], [4, 5, 6]]
print([x for sub in nested for x in sub])
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
