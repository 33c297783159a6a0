# KeyError for a user-defined key object: the message is the key's repr.

class Coord:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "Coord(%d, %d)" % (self.x, self.y)

grid = {Coord(0, 0): "origin", Coord(1, 2): "tree", Coord(3, 1): "rock"}
print(grid[Coord(1, 2)], grid[Coord(0, 0)])
print(Coord(3, 1) in grid, Coord(9, 9) in grid)
print(grid.get(Coord(5, 5), "empty"))
try:
    grid[Coord(2, 2)]
except KeyError as e:
    print("caught:", e, e.args)

def lookup_path(path):
    return [grid[c] for c in path]

print(lookup_path([Coord(0, 0), Coord(3, 1)]))
print(lookup_path([Coord(0, 0), Coord(4, 4), Coord(3, 1)]))
