# Sorting user objects: __lt__, key functions, reverse, stability, min/max.

class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, text):
        self.rank = text[0]
        self.suit = text[1]
    def value(self):
        return self.RANKS.index(self.rank)
    def __lt__(self, other):
        return self.value() < other.value()
    def __repr__(self):
        return self.rank + self.suit

hand = [Card(t) for t in ["Ks", "3h", "Ah", "9c", "3d", "Tc", "2s", "Kd"]]
print("original:      ", hand)
print("sorted (__lt__):", sorted(hand))
print("reverse:        ", sorted(hand, reverse=True))
print("by suit key:    ", sorted(hand, key=lambda c: c.suit))
print("suit then rank: ", sorted(hand, key=lambda c: (c.suit, c.value())))
print("min/max:        ", min(hand), max(hand))
print("max by suit:    ", max(hand, key=lambda c: c.suit))
hand.sort()
print("list.sort():    ", hand)

# Sorting only needs __lt__; stability keeps equal elements in input order.
class Task:
    def __init__(self, name, priority):
        self.name, self.priority = name, priority
    def __lt__(self, other):
        return self.priority < other.priority
    def __repr__(self):
        return "%s:%d" % (self.name, self.priority)
tasks = [Task("a", 2), Task("b", 1), Task("c", 2), Task("d", 1)]
result = sorted(tasks)
print("stable result:", result)

# Key functions are called once per element.
calls = []
def key_fn(t):
    calls.append(t.name)
    return -t.priority
print(sorted(tasks, key=key_fn), "key calls:", calls)

# Multi-level sort by successive stable sorts.
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "sf"), ("dee", 25, "nyc"), ("eve", 40, "sf")]
by_age = sorted(people, key=lambda p: p[1])
by_city_then_age = sorted(by_age, key=lambda p: p[2])
print(by_city_then_age)
print(sorted(people, key=lambda p: (-p[1], p[0])))

# __gt__ alone also works: sort falls back to the reflected comparison.
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "G%d" % self.v
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))

# Mixing types that cannot be compared.
class NoOrder:
    def __repr__(self):
        return "NoOrder()"
for items in [[NoOrder(), NoOrder()], [1, "a"], [Card("2s"), 5]]:
    try:
        sorted(items)
    except TypeError as e:
        print("TypeError:", e)
print("a single element needs no comparison:", sorted([NoOrder()]))

# Sorting strings with different keys.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Fig", "elderberry"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower(), w)))
print(sorted(words, key=lambda w: w[::-1]))

# sort with key and reverse keeps stability for equal keys.
nums = [5, -3, 3, -5, 1, -1, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))

# Sorting a dict's items by value then key.
scores = {"ann": 90, "bob": 72, "cy": 90, "dee": 85}
ranking = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
for place, (name, score) in enumerate(ranking, 1):
    print(place, name, score)

# A key function raising an exception aborts the sort; the list is left unchanged.
data = [3, 1, 2]
try:
    data.sort(key=lambda x: 1 // (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, "data:", data)

# Total ordering written by hand from __lt__ and __eq__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self < other or self == other
    def __gt__(self, other):
        return not self <= other
    def __ge__(self, other):
        return not self < other
    __hash__ = None
    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
a, b = Money(150), Money(99)
print(a < b, a <= b, a > b, a >= b, a == Money(150), a != b)
print(sorted([Money(5), Money(500), Money(50)]), max(Money(1), Money(3), Money(2)))
