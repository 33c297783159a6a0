# Ordering comparisons between user objects that only define __eq__.

class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __repr__(self):
        return "Version(%d, %d)" % (self.major, self.minor)

a, b = Version(1, 2), Version(1, 3)
print(a == b, a != b, a == Version(1, 2), a != Version(1, 2), a == "1.2")
for op in ["<", ">=", "<=", ">"]:
    try:
        if op == "<":
            a < b
        elif op == ">=":
            a >= b
        elif op == "<=":
            a <= 3
        else:
            3 > a
    except TypeError as e:
        print("caught:", e)
print(sorted([Version(2, 0), Version(1, 5)], key=lambda v: (v.major, v.minor)))
print(max([Version(1, 0), Version(0, 9)]))
