# The cycle collector: unreachable cycles are found and freed, __del__ runs
# once for each, and the gc module's controls report CPython's values.
import gc

print(gc.isenabled(), gc.get_threshold())
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("finalized", self.name)


def make_pair(tag):
    a = Node(tag + "-a")
    b = Node(tag + "-b")
    a.peer = b
    b.peer = a


make_pair("first")
print("pair made; nothing freed yet")
print("unreachable:", gc.collect())
print("again:", gc.collect())

# A list that contains itself.
l = []
l.append(l)
del l
print("self-list:", gc.collect())

# A dict cycle through a list.
d = {"k": []}
d["k"].append(d)
del d
print("dict-list:", gc.collect())

# A reachable cycle survives.
keep = Node("kept-a")
keep.peer = Node("kept-b")
keep.peer.peer = keep
print("reachable:", gc.collect())
print(keep.peer.peer.name)

# Objects in a cycle through a closure cell.
def outer():
    def inner():
        return inner
    return inner

f = outer()
del f
print("closure:", gc.collect())

# disable / enable / thresholds
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
old = gc.get_threshold()
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)

# Many cycles collected automatically while the loop runs.
class Link:
    pass

for i in range(50000):
    x = Link()
    y = Link()
    x.o = y
    y.o = x
del x, y
gc.collect()
print("loop done")
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print("end")
