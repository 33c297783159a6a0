# LEGB lookup: shadowing builtins at module and function level, restoring them, class bodies, comprehensions.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(len("abc"), max(1, 2))
def len(x):
    return "shadowed len of " + repr(x)
print(len("abc"), len([1]))
del len
print(len("abc"))

def local_shadow():
    max = lambda *a: "local max"
    return max(1, 2)
print(local_shadow(), max(1, 2))

def uses_builtin_before_local():
    try:
        result = abs(-1)
    except UnboundLocalError as e:
        result = type(e).__name__ + ": " + str(e)
    abs = None
    return result
print(uses_builtin_before_local())

list = "I am not a list"
show("shadowed list call", lambda: list("ab"))
del list
print(list("ab"))
def del_global_list():
    global list
    del list
show("delete builtin name again", del_global_list)

# names resolved at call time, not definition time
def get_x():
    return x
x = 1
print(get_x())
x = 2
print(get_x())

# enclosing function scope versus global
y = "global y"
def enclosing():
    y = "enclosing y"
    def inner():
        return y
    return inner()
print(enclosing(), y)

# class bodies are not enclosing scopes for their methods
z = "global z"
class Scoped:
    z = "class z"
    w = z + " seen in body"
    items = [z for _ in range(1)]
    def method(self):
        return z
    def method_via_class(self):
        return Scoped.z, self.z, type(self).z
print(Scoped.w, Scoped.items, Scoped().method(), Scoped().method_via_class())

class Counter:
    n = 3
    doubled = [n * 2 for n in range(n)]
    try:
        bad = [n * i for i in range(2)]
    except NameError as e:
        bad = "NameError: " + str(e)
print(Counter.doubled, Counter.bad)

# class body can see enclosing function locals
def make_class(tag):
    class Tagged:
        label = tag.upper()
        def get(self):
            return tag
    return Tagged
T = make_class("blue")
print(T.label, T().get())

# comprehensions have their own scope but see enclosing names
factor = 10
def scaled(values):
    factor = 3
    return [v * factor for v in values], {v: factor for v in values}, list(v + factor for v in values)
print(scaled([1, 2]))
v = "module v"
print([v for v in "ab"], v)

# nested functions capture the variable, not its value
def make_printers():
    printers = []
    for i in range(3):
        def p():
            return i
        printers.append(p)
    return [p() for p in printers]
def make_printers_fixed():
    return [(lambda i=i: i)() for i in range(3)]
print(make_printers(), make_printers_fixed())

# __builtins__-level names are the last resort
def lookup_order():
    return [type(print).__name__, type(True).__name__, None is None, repr(Ellipsis), NotImplemented.__class__.__name__]
print(lookup_order())
show("misspelled builtin", lambda: prnt("x"))
