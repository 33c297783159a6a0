# global and nonlocal declarations, UnboundLocalError / NameError messages, and free variables.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)

def read_only():
    return counter * 10
print(read_only())

def shadow_then_read():
    print(counter)
    counter = 5
    return counter
show("unbound local", shadow_then_read)

def augmented_without_global():
    counter += 1
show("augmented unbound", augmented_without_global)

def conditional_assign(flag):
    if flag:
        value = "set"
    return value
print(conditional_assign(True))
show("conditional unbound", lambda: conditional_assign(False))

def deleted_local():
    x = 1
    del x
    return x
show("deleted local", deleted_local)

show("undefined name", lambda: undefined_thing)
def uses_later_global():
    return defined_later
show("global not yet defined", uses_later_global)
defined_later = "now defined"
print(uses_later_global())

def make_global():
    global created_inside
    created_inside = "made in function"
show("before creation", lambda: created_inside)
make_global()
print(created_inside)

# nonlocal through several levels
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    before = x
    after = middle()
    return before, after, x
print(outer())

def counter_factory():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return incr, get
incr, get = counter_factory()
incr()
incr()
print(get(), incr(), get())

# a free variable deleted in the enclosing scope
def free_deleted():
    v = 1
    def reader():
        return v
    del v
    return reader()
show("free var deleted", free_deleted)

def free_before_assignment():
    def reader():
        return w
    first = None
    try:
        first = reader()
    except NameError as e:
        first = type(e).__name__ + ": " + str(e)
    w = "assigned"
    return first, reader()
print(free_before_assignment())

# global inside nested function targets the module, not the enclosing function
value = "module"
def enclosing():
    value = "enclosing"
    def inner():
        global value
        value = "set by inner"
    inner()
    return value
print(enclosing(), value)

# loop variables and comprehension variables
for loop_var in range(3):
    pass
print("loop variable survives:", loop_var)
squares = [comp_var * comp_var for comp_var in range(3)]
show("comprehension variable does not leak", lambda: comp_var)
del loop_var
show("deleted global", lambda: loop_var)
def delete_global():
    global counter
    del counter
delete_global()
show("counter after global del", lambda: counter)
show("del undefined global", delete_global)
