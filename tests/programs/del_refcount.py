# __del__ runs when the last reference goes, as CPython's reference counting
# does: on rebinding, del, leaving a function, removal from a container, and
# at exit (module globals in order); an exception in __del__ is reported and
# ignored.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


def use():
    r = Res("local")
    print("using", r.name)


use()
print("after use")

x = Res("x1")
x = Res("x2")
print("rebound")
del x
print("deleted")

items = [Res("i0"), Res("i1"), Res("i2")]
items.pop()
print("popped")
del items[0]
print("deleted item")
items.clear()
print("cleared")

d = {"a": Res("da")}
d["a"] = None
print("replaced in dict")

def make():
    return Res("temp")

make()
print("temporary dropped")
print(make().name)
print("after expression")


class Loud:
    def __del__(self):
        raise ValueError("from __del__")


Loud()
print("survived the exception in __del__")


class Revive:
    saved = []

    def __del__(self):
        print("revive __del__")
        Revive.saved.append(self)


Revive()
print("revived:", len(Revive.saved))
Revive.saved.clear()
print("cleared again (no second __del__)")

g1 = Res("global1")
_g2 = Res("_global2")
g3 = Res("global3")
print("end of module")
