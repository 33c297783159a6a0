# Subscripting an instance of a class without __getitem__.

class Row:
    def __init__(self, *values):
        self.values = list(values)

r = Row(1, 2, 3)
print(r.values[0], r.values[-1])
try:
    r[0] = 5
except TypeError as e:
    print("caught:", e)
try:
    del r[0]
except TypeError as e:
    print("caught:", e)
try:
    print(len(r))
except TypeError as e:
    print("caught:", e)
print(r[1])
