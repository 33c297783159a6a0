# IndexError raised by a user sequence's __getitem__, uncaught.

class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if not -len(self.items) <= i < len(self.items):
            raise IndexError("Ring index %d out of range for size %d" % (i, len(self.items)))
        return self.items[i]

r = Ring("abcd")
print(len(r), r[0], r[3], r[-1], r[-4])
print(list(r))
print([ch for ch in r])
print("c" in r, "z" in r)
print(r[4])
