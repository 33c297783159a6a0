# list methods (append/extend/insert/pop/remove/index/count/reverse/copy/clear) with their error messages.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = [3, 1, 4, 1, 5]
a.append(9)
a.extend([2, 6])
a.extend("ab")
a.extend(range(2))
a.extend((x * 10 for x in range(2)))
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove(1)
print(a, a.index(1), a.index(5), a.count(1), a.count("zz"), a.index("a", 2), a.index(0, -3))
b = a.copy()
b.reverse()
print(b, a == b[::-1], b is not a)
b.clear()
print(b, len(b))
show("pop empty", lambda: [].pop())
show("pop oob", lambda: [1, 2].pop(5))
show("pop str", lambda: [1].pop("0"))
show("remove missing", lambda: [1, 2].remove(3))
show("index missing", lambda: [1, 2].index(3))
show("index range", lambda: [1, 2, 3, 1].index(1, 1, 3))
show("index str", lambda: ["a"].index("b"))
show("extend int", lambda: [].extend(5))
show("extend None", lambda: [].extend(None))
show("insert 1 arg", lambda: [].insert(1))
show("append 2 args", lambda: [].append(1, 2))
show("count no arg", lambda: [].count())
show("getitem oob", lambda: [1, 2, 3][3])
show("getitem neg oob", lambda: [1, 2, 3][-4])
key_s, key_f = "", 0.0
show("getitem str", lambda: [1][key_s])
show("getitem float", lambda: [1][key_f])
show("setitem oob", lambda: [1].__setitem__(1, 0))
show("delitem oob", lambda: [1].__delitem__(-2))
show("list(int)", lambda: list(5))
show("list 2 args", lambda: list([1], [2]))
show("concat tuple", lambda: [1] + (2,))
show("mul float", lambda: [1] * 2.0)
show("mul neg", lambda: [1, 2] * -1)
show("iadd tuple", lambda: [1].__iadd__((2, 3)))
c = [1, 2]
c += (3, 4)
c += "xy"
c *= 2
print(c)
d = [0] * 3
grid = [[0] * 3 for _ in range(2)]
alias = [[0] * 3] * 2
grid[0][0] = 1
alias[0][0] = 1
print(d, grid, alias)
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][1][0], len(nested), [1, 2] in [[1, 2], 3])
self_ref = [1, 2]
self_ref.append(self_ref)
print(self_ref, self_ref[2][2][0])
lst = list(range(10))
del lst[::3]
print(lst)
del lst[1:3]
print(lst)
e = [5, 3, 8]
print(e.sort(), e, e.reverse(), e)
print(list("hi") * 2, [None] * 2, [[]] * 2, sum([[1], [2, 3]], []))
nums = [1, 2, 3]
for x in nums:
    if x == 2:
        nums.remove(x)
print("mutated during loop", nums)
[].pop()
