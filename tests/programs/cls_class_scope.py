# Scoping rules of class bodies.

x = "global x"

class A:
    x = "class x"
    y = x + " (seen in the class body)"

    def method(self):
        # Class-level names are not visible as bare names inside methods.
        return x

    def method_via_self(self):
        return self.x

print(A.y)
print(A().method())
print(A().method_via_self())

# A class body runs once, top to bottom, when the class statement executes.
order = []
class B:
    order.append("B body start")
    value = 1
    value = value + 1
    order.append("B body value=%d" % value)
    def f(self):
        return "f"
    order.append("B body end")
order.append("after B")
print(order, B.value)

# Names in the class body shadow globals only inside the body.
def g():
    return "global g"
class C:
    def g(self):
        return "method g"
    result = g(None)          # the function defined just above, called unbound
print(C.result, g())

# Comprehensions in a class body cannot see class-level names
# (except in the first iterable).
class D:
    base = 10
    items = [1, 2, 3]
    scaled = [i * 2 for i in items]          # `items` is the first iterable: fine
    try:
        shifted = [i + base for i in items]  # `base` is not visible here
    except NameError as e:
        shifted = "NameError: " + str(e)
print(D.scaled)
print(D.shifted)

# Class bodies inside functions can see the enclosing function's locals.
def make(n):
    class Local:
        size = n
        doubled = [n * k for k in range(3)]
        def get(self):
            return n
    return Local
L5 = make(5)
print(L5.size, L5.doubled, L5().get())

# A method closing over a variable of the enclosing function sees later changes.
def counter_class():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter
Cc = counter_class()
c1, c2 = Cc(), Cc()
print(c1.inc(), c2.inc(), c1.inc())

# __class__ is available inside methods (used by zero-argument super).
class E:
    def which(self):
        return __class__.__name__
class F(E):
    pass
print(E().which(), F().which())

# A global statement inside a class body.
counter = 0
class G:
    global counter
    counter += 100
print("counter", counter)

# Class attributes and a local variable of the same name in a method.
class H:
    name = "class attribute"
    def show(self):
        name = "local variable"
        return [name, self.name, H.name, type(self).name]
print(H().show())

# The class name is not bound until the body finishes.
try:
    class I:
        me = I
except NameError as e:
    print("NameError:", e)

# Decorating methods with functions defined earlier in the class body.
class J:
    def twice(func):
        def wrapper(self, v):
            return func(self, func(self, v))
        return wrapper
    @twice
    def inc(self, v):
        return v + 1
    del twice
print(J().inc(5), hasattr(J, "twice"))
