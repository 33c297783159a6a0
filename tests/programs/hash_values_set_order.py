# hash() of str, bytes, tuples, ranges, slices, None and frozensets is CPython's (with
# PYTHONHASHSEED=0, as the expected outputs are made), so sets print in CPython's order.

samples = ["", "a", "abc", "hello world", "exactly8", "sixteen chars!!!", "café", "naïve résumé",
           "€uro", "日本語", "emoji 😀", "mixed é€😀"]
for s in samples:
    print(repr(s), hash(s), hash(s.encode("utf-8")), hash(s) == hash(s[:]))
print(hash(b""), hash(b"abc") == hash("abc"), hash(bytes(range(20))))
print(hash(()), hash((1,)), hash((1, 2)), hash(("a", (2.5, None))), hash((True, 1, 1.0)))
print(hash(None), hash(range(0)), hash(range(7)), hash(range(3, 4)), hash(range(0, 10, 3)))
print(hash(slice(1, 2)), hash(slice(None)), hash(frozenset()), hash(frozenset({"x", "y"})))
print(range(0) == range(5, 5), hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 3, 5)))

words = "the quick brown fox jumps over the lazy dog while the cat sleeps".split()
print(set(words))
print({w[::-1] for w in words})
print({(w, len(w)) for w in words})
print(frozenset("abcdefgh"), set("mississippi"))
print({1, "one", (1, "one"), None, 2.5, b"two"})
letters = {}
for w in words:
    letters.setdefault(w[0], set()).add(w)
for k in sorted(letters):
    print(k, letters[k])
s = set(words)
s.discard("the")
s.add("a new word")
print(s, len(s))
print(set(dict.fromkeys(words)) == set(words), sorted(set(words) ^ {"fox", "zebra"}))
