# Iterating over an instance of a class without __iter__ or __getitem__.

class Bag:
    def __init__(self):
        self.things = ["pen", "cup"]
    def __len__(self):
        return len(self.things)

b = Bag()
print(len(b), b.things)
for t in b.things:
    print("thing", t)
try:
    list(b)
except TypeError as e:
    print("caught:", e)
try:
    "pen" in b
except TypeError as e:
    print("caught:", e)
try:
    x, y = b
except TypeError as e:
    print("caught:", e)
for t in b:
    print("never", t)
