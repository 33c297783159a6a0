# Unpacking in displays and calls: [*a, *b], (*a,), {*a}, {**a}, f(*a, *b, **c, **d), return/yield targets.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 2]
b = (3, 4)
s = {5}
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print([*a, *b], [*a, 0, *b, *"cd"], (*a,), (*a, *b), {*a, *b, *s}, [*range(3), *s, *d1])
print({**d1, **d2}, {**d2, **d1}, {"y": 0, **d1}, {**d1, "y": 0}, {**{}, **{}}, dict(**d1, w=0))
print(*a, *b, sep="-")
print(*[], "only")
print([*(x for x in "ab")], [*{"k": 1}.items()], (*"xyz", *[]), [*[*[*a]]])

def collect(*args, **kwargs):
    return args, kwargs
print(collect(*a, *b, 9, *s))
print(collect(**d1, **{"w": 0}))
print(collect(*a, key="v", **d2))
print(collect(1, *(), **{}))
show("duplicate via two dicts", lambda: collect(**d1, **{"x": 5}))
show("duplicate via kw and dict", lambda: collect(x=0, **d1))
show("unpack int in list", lambda: [*5])
show("unpack none in call", lambda: collect(*None))
show("dict unpack list", lambda: {**[1, 2]})
show("dict unpack int keys", lambda: collect(**{1: 2}))
print({**{1: "int key ok in display"}})

# return and yield with starred expressions
def ret():
    rest = [3, 4]
    return 1, 2, *rest
def gen():
    more = "yz"
    yield "x", *more
print(ret(), list(gen()))

# unpacking in subscripts and for targets
grid = {(1, 2): "cell"}
coords = (1, 2)
print(grid[coords], grid[1, 2], grid[(*coords,)])
for x, *_ in [[1, 2, 3], [4]]:
    print(x, end=" ")
print()

# building new containers from mixed iterables without mutation of the inputs
base = [1, 2, 3]
extended = [*base, 4]
prepended = [0, *base]
print(base, extended, prepended, extended is base)
merged_sets = {*base, *extended, *prepended}
print(sorted(merged_sets), len(merged_sets))

# order of evaluation in displays and calls
def v(label, value):
    print("  eval", label)
    return value
result = [v("a", 1), *v("b", [2, 3]), v("c", 4)]
print(result)
result = collect(v("p1", 1), *v("star", [2]), k=v("kw", 3), **v("dstar", {"m": 4}))
print(result)
result = {v("k1", "a"): v("v1", 1), **v("spread", {"b": 2}), v("k2", "c"): v("v2", 3)}
print(result)

# star-args with generator consumes it once
gen_args = (i * 10 for i in range(3))
print(collect(*gen_args), collect(*gen_args))

# keyword names passed through ** must be strings but need not be identifiers
print(collect(**{"not an identifier": 1, "class": 2}))
def kwonly(*, key):
    return key
print(kwonly(**{"key": "value"}))
show("kwonly missing via empty", lambda: kwonly(**{}))
