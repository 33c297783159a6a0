# Instance attributes, class attributes, and shadowing.

class Counter:
    kind = "counter"          # class attribute shared by all instances
    instances = 0
    step = 1

    def __init__(self, name, start=0):
        self.name = name      # instance attributes
        self.value = start
        Counter.instances += 1

    def tick(self):
        self.value += self.step
        return self.value

a = Counter("a")
b = Counter("b", 10)
print(Counter.instances, a.kind, b.kind, Counter.kind)
print(a.name, a.value, b.name, b.value)
print(a.tick(), a.tick(), b.tick())

# Shadowing: assigning through the instance creates an instance attribute.
b.step = 5
print("b.step", b.step, "a.step", a.step, "Counter.step", Counter.step)
print(b.tick(), b.tick(), a.tick())
print("b dict:", b.__dict__)
print("a dict:", a.__dict__)

# Changing the class attribute affects instances that do not shadow it.
Counter.step = 100
print("after Counter.step = 100:", a.step, b.step)
print(a.tick(), b.tick())

# Deleting the instance attribute uncovers the class attribute again.
del b.step
print("after del b.step:", b.step, b.tick())

# Augmented assignment on an instance reads the class attribute, writes the instance.
class Config:
    retries = 3
c1 = Config()
c2 = Config()
c1.retries += 1
print(c1.retries, c2.retries, Config.retries, c1.__dict__, c2.__dict__)

# Mutable class attributes are shared (the classic pitfall) ...
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print("shared:", s1.items, s2.items, Shared.items, s1.items is s2.items)

# ... unless each instance gets its own in __init__.
class Separate:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
t1, t2 = Separate(), Separate()
t1.add(1)
t2.add(2)
print("separate:", t1.items, t2.items, t1.items is t2.items)

# Attributes can be added to an instance at any time.
class Blank:
    pass
o = Blank()
o.x = 1
o.y = [1, 2]
o.x += 10
print("blank dict:", o.__dict__)
o2 = Blank()
print("other blank:", o2.__dict__)

# Class attributes can be added after the class is created.
Blank.shared = "added later"
print(o.shared, o2.shared)

# Class attributes referring to each other during class creation.
class Geometry:
    sides = 4
    angle_sum = (sides - 2) * 180
    names = ["side%d" % i for i in range(4)]
print(Geometry.sides, Geometry.angle_sum, Geometry.names)

# Attribute lookup order: instance dict, then class, then base classes.
class Base:
    where = "base"
    only_base = "from base"
class Derived(Base):
    where = "derived"
d = Derived()
print(d.where, d.only_base)
d.where = "instance"
print(d.where, Derived.where, Base.where)

# Methods are class attributes too; an instance attribute can shadow a method.
class Greeter:
    def hello(self):
        return "method hello"
g = Greeter()
print(g.hello())
g.hello = lambda: "instance lambda"
print(g.hello(), Greeter.hello(g))
del g.hello
print(g.hello())

# Class-level counter of instances by subclass.
class Animal:
    count = 0
    def __init__(self):
        type(self).count += 1
class Dog(Animal):
    count = 0
class Cat(Animal):
    pass
Dog(); Dog(); Cat(); Animal()
print("Animal.count", Animal.count, "Dog.count", Dog.count, "Cat.count", Cat.count)
print("Cat has own count:", "count" in Cat.__dict__, "Dog has own count:", "count" in Dog.__dict__)
