# Missing positional argument to a user function, called from another function
def area(width, height):
    return width * height
def run():
    print(area(3, 4))
    print(area(height=2, width=5))
    return area(7)
print('start')
run()
