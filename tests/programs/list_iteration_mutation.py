# Mutating lists while iterating, list iterators seeing changes, and the sort-mutation ValueError.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# appending during iteration: the iterator sees the new items
nums = [1, 2, 3]
for n in nums:
    if n < 6:
        nums.append(n + 3)
    print("saw", n)
print(nums)

# removing during iteration skips elements
vals = [1, 2, 2, 3, 2, 4]
for v in vals:
    if v == 2:
        vals.remove(v)
print("naive remove:", vals)
vals = [1, 2, 2, 3, 2, 4]
vals = [v for v in vals if v != 2]
print("comprehension:", vals)
vals = [1, 2, 2, 3, 2, 4]
for i in range(len(vals) - 1, -1, -1):
    if vals[i] == 2:
        del vals[i]
print("backwards delete:", vals)
vals = [1, 2, 2, 3, 2, 4]
for v in vals[:]:
    if v == 2:
        vals.remove(v)
print("iterate copy:", vals)

# an iterator over a shrinking list stops early
it_list = [10, 20, 30, 40]
it = iter(it_list)
print(next(it), next(it))
it_list.clear()
print(list(it), next(it, "exhausted"))
it_list.extend([1, 2, 3])
print(next(it, "still exhausted"))

# list iterator created before extension
base = [1, 2]
it = iter(base)
base.extend([3, 4])
print(list(it))

# reversed iterator and mutation
rv_list = [1, 2, 3, 4]
rv = reversed(rv_list)
print(next(rv))
rv_list.pop()
rv_list.pop()
print(list(rv))

# enumerate while inserting at the front loops over the same element
seen = []
data = ["a", "b"]
for i, item in enumerate(data):
    seen.append((i, item))
    if len(data) < 5:
        data.insert(0, item.upper())
print(seen, data)

# sorting with a key that mutates the list
victim = [3, 1, 2]
def bad_key(v):
    victim.append(v)
    return v
show("mutate during sort", lambda: victim.sort(key=bad_key))
print(victim)
victim2 = [5, 4, 3]
def clearing_key(v):
    victim2.clear()
    return v
show("clear during sort", lambda: victim2.sort(key=clearing_key))
print(victim2)

# in-place modification through index while iterating
squares = list(range(6))
for i, v in enumerate(squares):
    squares[i] = v * v
print(squares)

# while loop over a list used as a queue and as a stack
queue = ["job1", "job2"]
done = []
while queue:
    job = queue.pop(0)
    done.append(job)
    if job == "job1":
        queue.append("job1-followup")
print(done)
stack = [1]
order = []
while stack:
    top = stack.pop()
    order.append(top)
    if top < 8:
        stack.extend([top * 2, top * 2 + 1])
print(order)

# popping from the list being iterated
p = [1, 2, 3, 4, 5, 6]
for x in p:
    print("visit", x, "pop", p.pop())
print(p)
show("pop index out of range", lambda: [].pop(3))
show("insert non-int", lambda: [].insert("0", 1))
