# Unexpected and duplicated keyword arguments, including through ** unpacking.

def area(width, height):
    return width * height

print(area(3, 4), area(width=3, height=4), area(3, height=4))
opts = {"width": 2, "height": 5}
print(area(**opts))

bad_calls = [
    lambda: area(3, 4, depth=5),
    lambda: area(3, width=4),
    lambda: area(**{"width": 1, "heigth": 2}),
    lambda: area(3, **{"width": 1}),
    lambda: area(*[1, 2, 3]),
    lambda: area(*[1]),
]
for call in bad_calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class Shape:
    def resize(self, factor):
        return factor
s = Shape()
print(s.resize(factor=2))
print(s.resize(scale=2))
