# A class that defines __eq__ without __hash__ becomes unhashable.

class Tag:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Tag) and self.name == other.name

class HashedTag(Tag):
    def __hash__(self):
        return hash(self.name)

print(Tag.__hash__ is None, HashedTag.__hash__ is None)
print(Tag("a") == Tag("a"), Tag("a") == Tag("b"))
s = {HashedTag("x"), HashedTag("x"), HashedTag("y")}
print(len(s), sorted(t.name for t in s))
try:
    hash(Tag("a"))
except TypeError as e:
    print("caught:", e)
try:
    {Tag("a"): 1}
except TypeError as e:
    print("caught:", e)
try:
    [1, 2] in {1: 2}
except TypeError as e:
    print("caught:", e)
seen = set()
for name in ["p", "q"]:
    seen.add(Tag(name))
print(len(seen))
