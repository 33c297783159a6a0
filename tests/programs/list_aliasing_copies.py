# Lists are mutable references: aliasing, shallow copies, nested sharing, in-place vs new-list operators.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
e = a.copy()
f = [*a]
a.append(4)
print(a, b, c, d, e, f, b is a, c is a, c == a[:3])

# += mutates in place, + builds a new list
x = [1]
y = x
x += [2]
print(x, y, x is y)
x = x + [3]
print(x, y, x is y)
y *= 2
print(y, x)
z = y
y = y * 2
print(y, z, y is z)

# nested lists: the outer copy still shares the inner lists
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[2])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2, grid2[0] is grid2[2])
outer = [[1, 2], [3, 4]]
shallow = outer[:]
shallow[0].append(99)
shallow[1] = "replaced"
print(outer, shallow)

def deep_copy(obj):
    if isinstance(obj, list):
        return [deep_copy(v) for v in obj]
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    return obj
deep = deep_copy(outer)
deep[0].append(100)
print(outer, deep)

# default arguments and aliasing inside functions
def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
r1 = add_item(1)
r2 = add_item(2)
print(r1, r2, r1 is r2, add_item.__defaults__)
def modify(lst):
    lst.append("modified")
    lst = ["rebound"]
    lst.append("lost")
    return lst
orig = ["start"]
print(modify(orig), orig)

# slice assignment mutates the same object; rebinding does not
keep = [1, 2, 3]
ref = keep
keep[:] = [9, 8]
print(keep, ref, keep is ref)
keep[len(keep):] = [7]
keep[:0] = [0]
print(ref)
del keep[:]
print(ref, len(ref))

# lists containing themselves
me = [1]
me.append(me)
print(me, me[1] is me, me[1][1][1][0], len(me))
show("compare self-recursive", lambda: me == me)
other = [1]
other.append(other)
show("compare two recursive", lambda: me == other)

# multiplication of lists with objects copies references
row = [[]] * 3
row[0].append("x")
print(row, [id(v) == id(row[0]) for v in row])
counts = [0] * 5
counts[2] += 1
print(counts)

# identity of list elements after sort / reverse
items = [[3], [1], [2]]
first = items[0]
items.sort()
print(items, items[2] is first, items.index(first))
items.reverse()
print(items, items[0] is first)
show("index of unequal copy", lambda: items.index([4]))
print([3] in items, [[3]] == items[:1], items.count([1]))
