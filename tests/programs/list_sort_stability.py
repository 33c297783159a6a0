# list.sort/sorted: key functions, reverse, stability, mixed-type errors, sort during mutation, comparisons of lists.

records = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "LA"), ("dave", 30, "NY"), ("eve", 22, "SF"),
           ("frank", 25, "SF")]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (r[2], -r[1])))
by_city = sorted(records, key=lambda r: r[2])
by_age_then_city = sorted(by_city, key=lambda r: r[1])
print([r[0] for r in by_age_then_city])
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([3.5, 1, True, 2.0, False, -0.5]), sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
print(sorted([[2, 1], [1, 2, 3], [1, 2], []]), sorted([(1, "b"), (1, "a")]))
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1, 2.0], [[1]] < [[2]])
print([1, "a"] == [1, "a"], [float("nan")] == [float("nan")], max([1, 2], [1, 2, 0]), min([[3], [1, 5]]))
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("mixed", lambda: sorted([1, "a", 2]))
show("none", lambda: sorted([None, 1]))
show("dicts", lambda: sorted([{}, {}]))
show("complex", lambda: sorted([1j, 2j]))
show("list vs int", lambda: [1] < 1)
show("nested mixed", lambda: [1, "x"] < [1, 2])
show("key error", lambda: sorted([1, 2], key=lambda v: 1 / (v - 1)))
show("bad key", lambda: sorted([1, 2], key=5))
show("positional key", lambda: sorted([1], len))
show("sort positional", lambda: [1].sort(len))
show("no args", lambda: sorted())
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + self.s
print(sorted([Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]))
print(max([Version("2.0"), Version("10.0")]) if hasattr(Version, "__gt__") else "gt via reflection")
def mutating_key(lst):
    def key(v):
        lst.append(v)
        return v
    return key
victim = [3, 1, 2]
try:
    victim.sort(key=mutating_key(victim))
except ValueError as e:
    print("ValueError", e)
print(victim)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
print(sorted(range(10), key=lambda n: (n % 3, -n)))
print(sorted([1, 2], key=None), sorted([2, 1], reverse=0))
