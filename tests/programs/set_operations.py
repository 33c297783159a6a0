# set and frozenset: algebra, comparison operators, mutation methods, hashing of frozensets, and errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9], (10,))), sorted(a.intersection(range(3))), sorted(a.difference({1}, {2})), sorted(a.symmetric_difference([4, 7])))
print({1, 2} < a, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, a > {1}, a >= a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
print(a == {4, 3, 2, 1}, a != b, {1, 2} == frozenset({1, 2}), set() == frozenset(), {1} < {2}, {1} > {2})
s = set()
s.add(1)
s.add(1)
s.update([2, 3], {4})
s.discard(99)
s.remove(4)
print(sorted(s), len(s), 2 in s, 5 not in s)
s |= {10}
s &= {1, 2, 10, 11}
s -= {1}
s ^= {2, 3}
print(sorted(s))
s.intersection_update([3, 10, 12])
s.difference_update([10])
s.symmetric_difference_update([3, 5])
print(sorted(s), s.pop() in (5,), s)
fs = frozenset([3, 1, 2])
print(sorted(fs), type(fs | {9}).__name__, type({9} | fs).__name__, type(fs.union([5])).__name__, hash(fs) == hash(frozenset({1, 2, 3})))
print({fs: "x"}[frozenset({1, 2, 3})], frozenset() in {frozenset()}, fs.copy() is fs, repr(frozenset()), repr(set()))
print(sorted({x % 3 for x in range(10)}), set("aab") == {"a", "b"}, set([1, 1.0, True]), {0, False, 0.0})
print(repr({1, 2, 3}), repr(frozenset({5})), sorted(set(range(5)) - {0}), {(1, 2), (1, 2)})
nested = {frozenset({1}), frozenset({1, 2})}
print(sorted(map(sorted, nested)))
show("remove missing", lambda: set().remove(1))
show("remove missing str", lambda: {"a"}.remove("b"))
show("pop empty", lambda: set().pop())
show("unhashable add", lambda: set().add([1]))
show("unhashable literal", lambda: {[1]})
show("set in set", lambda: {set()})
show("| list", lambda: {1} | [2])
show("- list", lambda: {1} - [1])
show("< list", lambda: {1} < [1])
show("frozenset add", lambda: frozenset().add(1))
one = {1}
show("set index", lambda: one[0])
show("set(5)", lambda: set(5))
show("remove unhashable", lambda: {1}.remove([1]))
show("contains unhashable", lambda: [1] in {1})
show("discard set", lambda: {frozenset({1})}.discard({1}))
show("contains set", lambda: {1} in {frozenset({1})})
t = {1, 2, 3}
try:
    for x in t:
        t.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted((evens | threes) - (evens & threes))[:5], len(evens ^ threes))
print(min(a), max(a), sum(a), sorted(a, reverse=True), any(x > 3 for x in a), all(a))
print({1, 2, 3} - {2} | {9} & {9, 1})
{}.pop()
