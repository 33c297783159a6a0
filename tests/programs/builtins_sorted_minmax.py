# min/max/sorted/sum/any/all with key, default, start, iterables of various kinds, and error messages.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

words = ["pear", "fig", "banana", "kiwi", "apple"]
print(min(words), max(words), min(words, key=len), max(words, key=len), max(words, key=lambda w: (len(w), w)))
print(min(3, 1, 2), max(3, 1, 2), min("hello"), max([[1, 2], [1, 3]]), max((1, "z"), (1, "a")), min([5], default=0))
print(min([], default="empty"), max((), default=None), max([], key=len, default=-1), min([2, 1], default=9))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min([0, False, 0.0]), max([True, 1]), min(-0.0, 0.0), min(0.0, -0.0))
print(max([{"n": 2}, {"n": 5}], key=lambda d: d["n"]), min(range(10), key=lambda n: abs(n - 6.4)))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], 5), sum(range(5), start=-10))
print(sum([1, 2.5, True]), sum(x * x for x in range(5)), sum([1e100, 1.0, -1e100]), sum([0.1] * 10) == 1.0)
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 2 for x in [1, 3]), all(x > 2 for x in [1, 3]))
log = []
def check(v):
    log.append(v)
    return v
print(any(check(v) for v in [0, 0, 1, 0, 1]), log)
log.clear()
print(all(check(v) for v in [1, 1, 0, 1]), log)
show("min empty", lambda: min([]))
show("max empty", lambda: max(()))
show("max empty key", lambda: max([], key=len))
show("min no args", lambda: min())
show("max int", lambda: max(5))
show("min mixed", lambda: min(1, "a"))
show("max default with args", lambda: max(1, 2, default=0))
show("max bad kw", lambda: max([1], foo=1))
show("max key not callable", lambda: max([1, 2], key=3))
show("sum str", lambda: sum(["a", "b"], ""))
show("sum bytes", lambda: sum([b"a"], b""))
show("sum bytearray", lambda: sum([b"a"], bytearray()))
show("sum mixed", lambda: sum([1, "a"]))
show("sum none", lambda: sum([None]))
show("sum not iterable", lambda: sum(5))
show("sorted str key", lambda: sorted(["b", "A"], key=str.lower, reverse=True))
show("sorted reverse none", lambda: sorted([1], reverse=None))
show("any int", lambda: any(5))
show("all none", lambda: all(None))
class Score:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Score({self.v})"
print(max([Score(3), Score(9), Score(1)]), min(Score(4), Score(2)), sorted([Score(2), Score(1)]))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(max([OnlyGt(1), OnlyGt(7)]), min([OnlyGt(5), OnlyGt(2)]), sorted([OnlyGt(3), OnlyGt(1)]))
scores = {"amy": 88, "bo": 95, "cy": 88, "di": 70}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]), sorted(scores, key=lambda k: (-scores[k], k)))
best = max(scores.values())
print([k for k, v in scores.items() if v == best], sum(scores.values()) / len(scores))
print(max("abc", "abd", key=lambda s: s[-1]), min([[], [0]], key=len), max([(1, 2), (1,)], key=len))
print(max([]))
