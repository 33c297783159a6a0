# Tuples as records: packing, nested unpacking, mutable contents, the t[i] += trap, subclasses.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

point = 3, 4
single = 5,
empty = ()
paren_not_tuple = (5)
print(point, single, empty, paren_not_tuple, type(single).__name__, type(paren_not_tuple).__name__, len(empty))
print(tuple("abc"), tuple(range(3)), tuple({"x": 1, "y": 2}), tuple(x * x for x in range(4)), tuple([()]))

# a tuple holding a list: the list can change, the tuple cannot
t = ([1, 2], "label")
t[0].append(3)
print(t)
try:
    t[0] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print("after failed +=:", t)
try:
    t[1] = "new"
except TypeError as e:
    print(type(e).__name__, e)
show("unhashable content", lambda: hash(t))
print(hash((1, "a", (2, 3))) == hash((1, "a", (2, 3))))

# records sorted by several fields
people = [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cyd", 31, "bern"), ("dan", 25, "oslo")]
print(sorted(people, key=lambda p: (-p[1], p[2])))
print(max(people, key=lambda p: (p[1], p[0])), min(people)[0], sorted(people)[-1])
for name, age, city in people:
    if age > 30:
        print(f"{name:>4} {age} {city}")
by_city = {}
for name, _, city in people:
    by_city.setdefault(city, ()) 
    by_city[city] += (name,)
print(by_city)

# tuple methods and operators
nums = (1, 2, 3, 2, 1)
print(nums.count(2), nums.index(3), nums.index(1, 1), nums[::-1], nums[1:-1], nums + (9,), nums * 2, 2 in nums)
print((1, 2) + (), () * 5, (1,) * 0, (0,) * 3, nums < (1, 2, 4), (1, 2) == [1, 2], tuple(nums) is nums)
show("index missing", lambda: nums.index(7))
show("concat list", lambda: (1,) + [2])
show("item missing", lambda: nums[10])
show("append", lambda: nums.append(4))
show("del item", lambda: nums.__delitem__(0))

def swap_pairs(pairs):
    return tuple((b, a) for a, b in pairs)
print(swap_pairs(((1, "one"), (2, "two"))), dict(swap_pairs(((1, "one"), (2, "two")))))

# functions returning tuples; star-unpacking into calls
def divmod_str(a, b):
    q, r = divmod(a, b)
    return q, r, f"{a} = {b}*{q} + {r}"
q, r, text = divmod_str(17, 5)
print(q, r, text, divmod_str(-17, 5)[2], max(*divmod_str(9, 4)[:2]))

# tuple subclass with a custom __new__ and methods
class Vec(tuple):
    def __new__(cls, *coords):
        return super().__new__(cls, coords)
    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self, other)))
    def __repr__(self):
        return "Vec" + tuple.__repr__(self)
    @property
    def norm2(self):
        return sum(c * c for c in self)
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v, v + w, v.norm2, len(v), v[0], v[1:], type(v[1:]).__name__, isinstance(v, tuple), v == (1, 2, 3))
print(hash(v) == hash((1, 2, 3)), {v: "vec"}[(1, 2, 3)], tuple(v), sorted([w, v]), v * 2)
show("vec immutability", lambda: v.__setitem__(0, 9))

# nested tuples and comparisons with different types
tree = (1, (2, (3, (4, ()))))
depth = 0
node = tree
while node:
    depth += 1
    node = node[1]
print(depth, tree[1][1][0], str(tree))
show("compare mixed", lambda: (1, "a") < (1, 2))
print((1, "a") < (2, 1), (1, 2) < (1, 2, "anything"), () < (0,))
