# del statements: names, list items and slices, dict keys, attributes, tuples of targets, custom hooks.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

x = 1
y = 2
del x
show("deleted name", lambda: x)
del y,
print("y" in globals())

nums = list(range(10))
del nums[0]
del nums[-1]
print(nums)
del nums[1:3]
print(nums)
del nums[::2]
print(nums)
del nums[:]
print(nums)
nums = list(range(10))
del nums[8:2:-2]
print(nums)
del nums[100:200]
print(nums)
show("del index out of range", lambda: nums.__delitem__(50))
def del_oob():
    del nums[50]
show("del statement out of range", del_oob)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
def del_missing():
    del d["zzz"]
show("del missing key", del_missing)
def del_tuple_key():
    t = {(1, 2): "v"}
    del t[1, 2]
    return t
print(del_tuple_key())

# several targets at once, including nested
a, b, c, e = 1, 2, 3, 4
lst = [10, 20, 30]
del a, (b, c), [e]
print([name in globals() for name in "abce"])
del lst[0], lst[0]
print(lst)

class Thing:
    cls_attr = "class level"
    def __init__(self):
        self.inst = "instance level"
t = Thing()
del t.inst
show("deleted instance attr", lambda: t.inst)
def del_again():
    del t.inst
show("delete missing attr", del_again)
def del_class_attr_via_instance():
    del t.cls_attr
show("del class attr via instance", del_class_attr_via_instance)
del Thing.cls_attr
show("class attr gone", lambda: t.cls_attr)

class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __delitem__(self, key):
        self.log.append(("delitem", key))
    def __delattr__(self, name):
        self.log.append(("delattr", name))
r = Recorder()
del r[0]
del r[1:5:2]
del r["k"], r[:]
del r.anything
print(r.log)

class NoDel:
    def __getitem__(self, k):
        return k
def del_no_support():
    nd = NoDel()
    del nd[0]
show("no __delitem__", del_no_support)
def del_from_tuple():
    tup = (1, 2)
    del tup[0]
show("del from tuple", del_from_tuple)
def del_from_str():
    s = "abc"
    del s[0:1]
show("del from str slice", del_from_str)

# del in a function makes the name local for the whole function
g = "global"
def del_local_shadow():
    print(g)
    del g
show("del makes name local", del_local_shadow)

# del of a loop variable and reuse
for i in range(3):
    pass
del i
for i in range(2):
    pass
print(i)

# deleting while iterating over a copy of dict keys
inventory = {"apple": 0, "pear": 3, "plum": 0, "kiwi": 5}
for key in list(inventory):
    if inventory[key] == 0:
        del inventory[key]
print(inventory)

# del releases the reference: __del__ runs immediately in CPython when the last one goes
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)
n1 = Noisy("first")
alias = n1
del n1
print("alias still alive")
del alias
print("after deleting alias")
