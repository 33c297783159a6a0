# Calling a function with an unexpected keyword argument
def area(width, height=1):
    return width * height
print(area(3), area(3, 4), area(height=2, width=5))
print(area(3, depth=4))
