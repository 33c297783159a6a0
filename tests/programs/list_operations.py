# List operations in depth.

a = [5, 3, 8, 1]
a.append(9)
a.insert(0, 0)
a.insert(100, 100)          # past the end: appends
a.insert(-1, 99)            # before the last element
print(a, len(a))
a.extend([7, 7])
a.extend("ab")
a.extend(range(2))
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7)
print(a, a.count(7), a.index(7), a.index(8), a.index(1, 2))
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)

b = [4, 1, 3, 1, 5, 9, 2, 6]
b.sort()
print(b)
b.sort(reverse=True)
print(b)
b.reverse()
print(b, b.copy() == b, b.copy() is b)
b.clear()
print(b, len(b))

# Indexing and slicing.
c = list(range(10))
print(c[0], c[-1], c[3:7], c[:3], c[7:], c[::3], c[::-1], c[-3:-1], c[8:2:-2], c[5:5], c[20:])
c[2:5] = ["x", "y"]                 # slice assignment can change length
print(c)
c[:0] = [-2, -1]                    # insert at the front
print(c)
c[::2] = ["E"] * len(c[::2])        # extended slices need matching length
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del c[1::2]
print(c)
del c[:2]
print(c)
try:
    c[50]
except IndexError as e:
    print("IndexError:", e)
try:
    c[50] = 1
except IndexError as e:
    print("IndexError:", e)

# Operators.
print([1, 2] + [3], [0] * 4, [[]] * 2, 3 * [1, 2], [1, 2] * 0)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print(2 in [1, 2, 3], [2] in [[2], 3], 5 not in [1, 2])
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), sorted([4, 2, 8]), list(reversed([4, 2, 8])))
print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))

# Aliasing and copying.
x = [1, [2, 3]]
y = x
z = x[:]
w = list(x)
x.append(4)
x[1].append("shared")
print(x, y, z, w, y is x, z is x, z[1] is x[1])

# Nested lists.
m = [[1, 2, 3], [4, 5, 6]]
m[1][2] = 60
print(m, len(m), len(m[0]), m[-1][-1], [row[1] for row in m])
flat = []
for row in m:
    flat.extend(row)
print(flat)

# Unpacking.
first, second, *rest = [10, 20, 30, 40, 50]
print(first, second, rest)
*init, last = [1, 2, 3]
print(init, last)
head, *mid, tail = [1, 2]
print(head, mid, tail)
p, (q, r) = [1, [2, 3]]
print(p, q, r)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, t = [1, 2]
except ValueError as e:
    print("ValueError:", e)

# Common patterns.
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(sorted(set(nums)), len(nums), nums.count(5))
unique = []
for n in nums:
    if n not in unique:
        unique.append(n)
print(unique)
print([i for i, n in enumerate(nums) if n == 5])
print(list(zip(nums[::2], nums[1::2])))
stack = []
for ch in "([]{()})":
    if ch in "([{":
        stack.append(ch)
    else:
        opener = stack.pop()
        print(opener + ch, end=" ")
print("| balanced:", not stack)
queue = [1, 2, 3]
queue.append(queue.pop(0))
print(queue)

# List from other iterables and list repr of special values.
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1}), list(), [None, True, 1.0, "s", b"b"])
nested = [1]
nested.append(nested)
print(nested)

# Errors.
for thunk in [lambda: [1] + (2,), lambda: [1] * 1.5, lambda: nums[str(0)], lambda: [3, "a"].sort()]:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
