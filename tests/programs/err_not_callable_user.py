# Calling an instance of a class without __call__.

class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hello " + self.name

g = Greeter("ann")
print(g.greet())
print(callable(g), callable(g.greet), callable(Greeter))
try:
    g.name()
except TypeError as e:
    print("caught:", e)
handlers = {"greet": g.greet, "obj": g}
for key in ["greet", "obj"]:
    print(key, "->", handlers[key]())
