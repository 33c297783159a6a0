# set and frozenset: result types of mixed operations, multi-argument methods, in-place operators, errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = {1, 2, 3, 4}
fs = frozenset({3, 4, 5})
print(s | fs, type(s | fs).__name__, fs | s, type(fs | s).__name__, type(fs & s).__name__, type(s - fs).__name__)
print(s.union([9], (10,), range(11, 13)), s.intersection([1, 2, 99], {2, 1}), s.difference([1], {2}), s.symmetric_difference([4, 5]))
print(fs.union({1}), type(fs.union({1})).__name__, fs.copy() is fs, s.copy() is s, frozenset(fs) is fs)
print(s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint(x for x in [7, 8]), s <= s, s < s, fs >= {3}, {1} < s)

show("or with list", lambda: s | [5])
show("and with tuple", lambda: s & (1,))
show("sub with range", lambda: s - range(2))
show("xor with dict", lambda: s ^ {1: "a"})
show("lt with list", lambda: s < [1])
print(s | {5: "dict keys"}.keys(), s & {1: 0}.keys(), {1: 0}.keys() | s)

# in-place operators mutate, frozenset in-place operators rebind
t = {1, 2}
alias = t
t |= {3}
t &= {1, 3, 4}
t -= {9}
t ^= {7}
print(t, alias, t is alias)
f1 = frozenset({1})
falias = f1
f1 |= {2}
print(f1, falias, f1 is falias)
def ior_list():
    x = {1}
    x |= [2]
show("ior with list", ior_list)

# multi-argument update methods
u = {0}
u.update([1], {2}, range(3, 5))
u.intersection_update({0, 1, 2, 3, 4, 5}, [1, 2, 3, 4])
u.difference_update([1], [2])
u.symmetric_difference_update({4, 5})
print(u)
u.add(10)
u.discard(10)
u.discard(999)
print(u, u.pop() in {3, 5}, len(u))
show("remove missing", lambda: u.remove(42))
show("remove missing tuple", lambda: u.remove((1, 2)))
show("pop empty", lambda: set().pop())
show("add list", lambda: u.add([1]))
show("frozenset add", lambda: fs.add(1))
show("discard unhashable", lambda: u.discard([1]))
print("set in set via frozenset:", {1, 2} in {frozenset({1, 2})}, frozenset({2, 1}) == {1, 2})

# sets of frozensets and of tuples
family = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3}), frozenset()}
print(len(family), frozenset() in family, sorted(map(sorted, family)))
edges = {(1, 2), (2, 3), (1, 2), (3, 1)}
print(sorted(edges), len(edges), (2, 1) in edges, sorted({tuple(sorted(e)) for e in edges}))

# small-int sets iterate in a deterministic order
print({5, 3, 1, 4, 2}, sorted({-1, -5, 10, 0}), list({8, 6, 0, 3}), set(range(10, 0, -2)))
print(set("aab") == {"a", "b"}, len(set("mississippi")), sorted(set("mississippi")), min({3, 1, 2}), sum({1, 2, 3}))

# comparisons between set and frozenset, equality across types
print({1, 2} == frozenset({1, 2}), {1, 2} != frozenset({1, 3}), set() == frozenset(), {1} == [1], {1.0, True} == {1})
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {frozenset({1}): "ok"}[frozenset([1])])

# set comprehension and dedupe keeping first occurrence order
data = [3, 1, 3, 2, 1, 5, 2]
seen = set()
unique = [x for x in data if not (x in seen or seen.add(x))]
print(unique, {x % 3 for x in data}, {x for x in data if x > 2})

def powerset(items):
    result = [frozenset()]
    for it in items:
        result += [sub | {it} for sub in result]
    return result
ps = powerset([1, 2, 3])
print(len(ps), sorted(sorted(p) for p in ps), sum(1 for p in ps if 2 in p))
