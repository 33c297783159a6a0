# Closures capturing comprehension variables: late binding and how to avoid it.

# Each lambda closes over the comprehension's variable `i`, which ends at 4.
late = [lambda: i for i in range(5)]
print([f() for f in late])

# Binding the current value with a default argument.
early = [lambda i=i: i for i in range(5)]
print([f() for f in early])

# Binding with a factory function (a new scope per call).
def make(n):
    return lambda: n
factory = [make(i) for i in range(5)]
print([f() for f in factory])

# Arguments still work with the default trick.
adders = [lambda x, k=k: x + k for k in range(4)]
print([add(10) for add in adders])

# Late binding inside a dict comprehension.
ops = {name: (lambda a: a * factor) for name, factor in [("double", 2), ("triple", 3)]}
print({name: op(5) for name, op in ops.items()})
ops_fixed = {name: (lambda a, factor=factor: a * factor) for name, factor in [("double", 2), ("triple", 3)]}
print({name: op(5) for name, op in ops_fixed.items()})

# Each comprehension run has its own cell: two calls do not share state.
def make_funcs(base):
    return [lambda: base + j for j in range(3)]
fa = make_funcs(100)
fb = make_funcs(200)
print([f() for f in fa], [f() for f in fb])

# Closures over the enclosing function's variable see later changes.
def counter_family():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    readers = [lambda tag=t: "%s:%d" % (tag, count) for t in "ab"]
    return bump, readers
bump, readers = counter_family()
print([r() for r in readers])
bump(); bump()
print([r() for r in readers])

# Nested comprehension closures: the inner lambda sees both loop variables.
pairs = [[lambda: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in pairs])
pairs_fixed = [[lambda r=r, c=c: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in pairs_fixed])

# Generator expression closures: evaluated lazily, so they see the current value.
k = 1
gen = (k * x for x in range(3))
k = 100
print(list(gen))

# The first iterable of a generator expression is evaluated immediately.
src = [1, 2, 3]
gen2 = (x * 2 for x in src)
src = [10, 20]
print(list(gen2))

# A closure created in a comprehension, called after the enclosing function returns.
def tag_makers(tags):
    return {t: (lambda text, t=t: "<%s>%s</%s>" % (t, text, t)) for t in tags}
makers = tag_makers(["b", "i", "code"])
print([makers[t]("x") for t in sorted(makers)])

# Closures capturing the comprehension variable AND an outer variable.
def multipliers(scale):
    fs = [lambda v, i=i: v * i * scale for i in range(1, 4)]
    scale = scale * 10              # changes what every closure sees
    return fs
print([f(1) for f in multipliers(2)])

# Inspecting the cells.
def show_cells():
    fs = [lambda: n for n in range(3)]
    return [f.__closure__[0].cell_contents for f in fs], fs[0].__code__.co_freevars
print(show_cells())
print(early[0].__closure__, early[0].__defaults__, early[3].__defaults__)

# A loop (not a comprehension) has the same late-binding behaviour.
loop_funcs = []
for q in range(3):
    loop_funcs.append(lambda: q)
print([f() for f in loop_funcs])
q = "changed"
print([f() for f in loop_funcs])
