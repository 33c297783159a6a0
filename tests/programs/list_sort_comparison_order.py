# list.sort is CPython's timsort: the same __lt__ calls in the same order (runs, binary insertion,
# powersort merging, galloping), the same order left behind by a failing comparison, an empty list
# while sorting, and "list modified during sort".

class Rng:
    """A small LCG, so the inputs do not depend on the random module."""
    def __init__(self, seed):
        self.state = seed
    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n

calls = []

class Item:
    def __init__(self, value, ident):
        self.value = value
        self.ident = ident
    def __lt__(self, other):
        calls.append((self.ident, other.ident))
        return self.value < other.value
    def __repr__(self):
        return "%d#%d" % (self.value, self.ident)

def digest(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b) % 2305843009213693951
    return h

def inputs(rng, n, shape):
    if shape == "random":
        return [rng.below(1000000) for _ in range(n)]
    if shape == "few values":
        return [rng.below(4) for _ in range(n)]
    if shape == "nearly sorted":
        vals = sorted(rng.below(1000) for _ in range(n))
        for _ in range(n // 20 + 1):
            if n:
                vals[rng.below(n)] = rng.below(1000)
        return vals
    if shape == "descending":
        return sorted((rng.below(100) for _ in range(n)), reverse=True)
    if shape == "two runs":
        half = n // 2
        return sorted(rng.below(1000) for _ in range(half)) + sorted(rng.below(1000) for _ in range(n - half))
    vals = []
    while len(vals) < n:
        run = [rng.below(10000) for _ in range(1 + rng.below(150))]
        run.sort(reverse=rng.below(2) == 0)
        vals.extend(run)
    return vals[:n]

rng = Rng(2024)
shapes = ["random", "few values", "nearly sorted", "descending", "two runs", "mixed runs"]
for n in [0, 1, 2, 3, 7, 33, 64, 65, 130, 400, 1500]:
    for shape in shapes:
        for reverse in (False, True):
            items = [Item(v, i) for i, v in enumerate(inputs(rng, n, shape))]
            calls.clear()
            result = sorted(items, reverse=reverse)
            order = [(x.ident, 0) for x in result]
            print(n, shape, reverse, len(calls), digest(calls), digest(order))

# The first comparisons of small sorts, spelled out.
for vals in ([3, 1, 2], [1, 2, 3], [3, 2, 1], [2, 2, 1, 1], [5, 1, 4, 2, 3]):
    items = [Item(v, i) for i, v in enumerate(vals)]
    calls.clear()
    items.sort()
    print(vals, "->", items, calls)

# A comparison that raises leaves the list as far as the sort got.
for n, fail_at in [(5, 3), (40, 20), (100, 150), (300, 700)]:
    count = [0]
    class Fragile:
        def __init__(self, v):
            self.v = v
        def __lt__(self, other):
            count[0] += 1
            if count[0] == fail_at:
                raise ValueError("comparison %d" % count[0])
            return self.v < other.v
        def __repr__(self):
            return str(self.v)
    data = [Fragile(rng.below(50)) for _ in range(n)]
    try:
        data.sort(reverse=n % 2 == 0)
    except ValueError as e:
        print("ValueError", e)
    print([x.v for x in data][:30])

# Mixed types fail at the comparison CPython makes first.
data = [3, 1, "a", 2]
try:
    data.sort()
except TypeError as e:
    print("TypeError", e, data)

# The list is empty while it is sorted, and changing it is an error.
data = [3, 1, 2]
def peek(v):
    print("key sees", data)
    return v
data.sort(key=peek)
print(data)
def grow(v):
    data.append(v)
    return v
try:
    data.sort(key=grow)
except ValueError as e:
    print("ValueError", e, data)
def boom(v):
    raise KeyError(v)
try:
    data.sort(key=boom)
except KeyError as e:
    print("KeyError", e, data)
