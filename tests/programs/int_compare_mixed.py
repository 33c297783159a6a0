# Comparing and equating ints with floats, bools, complex and big values (exact, never via rounding).

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf = float("inf")
nan = float("nan")
print(1 == 1.0, 1 == True, 0 == False, 0 == -0.0, 1 == 1 + 0j, 2 == 2.0000000000000001)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(10 ** 400 < inf, -(10 ** 400) > -inf, 10 ** 400 > 1e308, 10 ** 400 == inf)
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, 10 ** 400 < nan, nan >= 0)
print(3 < 3.5 < 4, 3 <= 3.0 <= 3, -1 < -0.5 < 0 < 0.5 < 1, 5 > 4.999999999999999)
print(True < 2, False < True, True + 0.5 > 1, max(True, 0.5), min(False, -0.0, 0))
print(sorted([3, 2.5, True, -1, 0.0, 10 ** 20, -inf, 2 ** 0.5]))
print(sorted([1, 1.0, True], key=lambda v: 0), [type(v).__name__ for v in sorted([1.0, 1, True])])

# equality of ints and floats implies equal hashes
pairs = [(1, 1.0), (0, -0.0), (2 ** 60, 2.0 ** 60), (-7, -7.0), (True, 1), (10 ** 20, 1e20)]
for a, b in pairs:
    print(a == b, hash(a) == hash(b), {a: "x"}.get(b, "missing"))
print(hash(-1), hash(-2), hash(0), hash(1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(1.5) == hash(1.5), hash(0.5) == hash(0.5), hash(2 ** 100) == hash(2.0 ** 100))

# dict / set keys collapse equal numbers of different types
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[1 + 0j] = "complex"
print(d, len(d))
s = {0, 0.0, False, -0.0, 0j}
print(s, len(s))
print({2: 1, 2.0: 2}, {1.5: 1, 3 / 2: 2}, list({5, 5.0, 6, 6.0}))

# complex only supports ==
print(1j == 1j, 2 + 0j == 2, (2 + 0j) != 2.0, 1j != 1)
show("complex lt", lambda: 1j < 2j)
show("complex gt int", lambda: 1j > 1)
show("int le complex", lambda: 1 <= 2j)
show("int lt str", lambda: 1 < "2")
show("float ge none", lambda: 1.5 >= None)
show("str gt int", lambda: "a" > 1)
show("list lt int", lambda: [1] < 2)
print(1 == "1", 1 != "1", 1 == [1], None == 0, "1" != 1.0)

# containers compare element-wise using these rules
print([1, 2.0] == [1.0, 2], (1, nan) == (1, nan), [nan] == [nan], nan in [nan], nan in [float("nan")])
print((1, 2) < (1, 2.5), (1, 2) < (1, 2, 0), [2] > [1, 100], (0.0,) == (False,), (1, "a") < (1.0, "b"))
x = [nan]
print(x == x, x[0] == x[0], [x[0]] == x, x.count(x[0]), x.index(x[0]))

# round-trips between int and float at the edges
for v in [2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 63 - 1, 2 ** 64, -(2 ** 53) - 1]:
    f = float(v)
    print(v, repr(f), int(f) == v, int(f) - v, f == v)
show("int inf", lambda: int(inf))
show("int nan", lambda: int(nan))
show("int -inf", lambda: int(-inf))
