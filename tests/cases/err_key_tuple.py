# KeyError whose key is a tuple
grid = {(0, 0): 'a', (0, 1): 'b', (1, 0): 'c'}
print(grid[(0, 1)], grid[1, 0])
def cell(r, c):
    return grid[r, c]
print(cell(0, 0))
print(cell(1, 1))
