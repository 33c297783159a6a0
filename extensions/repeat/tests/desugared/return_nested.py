# return from inside repeat, including from inside nested loops
def pos(grid, target):
    r = 0
    for _ in range(len(grid)):
        c = 0
        for _ in range(len(grid[r])):
            if grid[r][c] == target:
                return (r, c)
            c += 1
        r += 1
    return 'missing'
g = [[1, 2], [3, 4, 5], [6]]
print(pos(g, 5), pos(g, 6), pos(g, 7), pos([], 1))
def deep():
    total = 0
    for _ in range(3):
        for x in range(4):
            while not (x > 10):
                total += x
                x += 5
                if total > 20:
                    return total
    return -1
print(deep())
def early(n):
    for _ in range(n):
        return 'ran'
    return 'zero'
print(early(3), early(0), early(-1))
def loops_then_more():
    s = 0
    for _ in range(4):
        s += early(1) == 'ran'
    return s
print(loops_then_more())
