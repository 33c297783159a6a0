# Backtracking searches: N-queens counts and first solutions, a 4x4 sudoku solver, subset sums,
# and word search on a grid, with node counters to make the search effort observable.

def n_queens(n):
    cols, diag1, diag2 = set(), set(), set()
    placement, solutions = [], []
    nodes = 0
    def place(row):
        nonlocal nodes
        nodes += 1
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)
    place(0)
    return solutions, nodes

for n in range(1, 9):
    sols, nodes = n_queens(n)
    print(n, len(sols), nodes, sols[0] if sols else None)
board = n_queens(6)[0][0]
for r, c in enumerate(board):
    print(" ".join("Q" if i == c else "." for i in range(6)))

def solve_sudoku(grid):
    size, box = 4, 2
    def ok(r, c, v):
        if v in grid[r] or any(grid[i][c] == v for i in range(size)):
            return False
        br, bc = r - r % box, c - c % box
        return all(grid[i][j] != v for i in range(br, br + box) for j in range(bc, bc + box))
    for r in range(size):
        for c in range(size):
            if grid[r][c] == 0:
                for v in range(1, size + 1):
                    if ok(r, c, v):
                        grid[r][c] = v
                        if solve_sudoku(grid):
                            return True
                        grid[r][c] = 0
                return False
    return True

puzzle = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
print(solve_sudoku(puzzle), puzzle)
impossible = [[1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]
print(solve_sudoku(impossible))

def subset_sums(items, target):
    found = []
    def go(i, chosen, total):
        if total == target:
            found.append(tuple(chosen))
            return
        if i == len(items) or total > target:
            return
        chosen.append(items[i])
        go(i + 1, chosen, total + items[i])
        chosen.pop()
        go(i + 1, chosen, total)
    go(0, [], 0)
    return found
print(subset_sums([3, 34, 4, 12, 5, 2], 9), subset_sums([1, 2, 3, 4, 5], 10), subset_sums([5, 7], 1))

def word_search(grid, word):
    rows, cols = len(grid), len(grid[0])
    def dfs(r, c, i, seen):
        if i == len(word):
            return [ ]
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in seen or grid[r][c] != word[i]:
            return None
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            rest = dfs(r + dr, c + dc, i + 1, seen | {(r, c)})
            if rest is not None:
                return [(r, c)] + rest
        return None
    for r in range(rows):
        for c in range(cols):
            path = dfs(r, c, 0, frozenset())
            if path:
                return path
    return None
grid = ["CATS", "OXEA", "DOGT", "EMIT"]
for w in ["CAT", "DOG", "COD", "TEA", "GATE", "MITE", "CATCH", "SAT"]:
    print(w, word_search(grid, w))
