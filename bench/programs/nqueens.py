# N-queens: every placement of N non-attacking queens on an N x N board, by
# backtracking over rows with occupied columns and diagonals kept in lists.
# Prints the number of solutions (N=8: 92) and a checksum over them.

N = 12


def solve(n):
    columns = [False] * n
    rising = [False] * (2 * n - 1)   # indexed by row + column
    falling = [False] * (2 * n - 1)  # indexed by row - column + n - 1
    placed = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for col in range(n):
            r = row + col
            f = row - col + n - 1
            if columns[col] or rising[r] or falling[f]:
                continue
            columns[col] = rising[r] = falling[f] = True
            placed.append(col)
            place(row + 1)
            placed.pop()
            columns[col] = rising[r] = falling[f] = False

    place(0)
    return solutions


def main():
    total = 0
    checksum = 0
    solutions = []
    for size in range(4, N + 1):
        solutions = solve(size)
        total += len(solutions)
        for number, solution in enumerate(solutions):
            value = 0
            for col in solution:
                value = value * size + col
            checksum = (checksum * 31 + value + number) % 1000000007
    print(f"nqueens n=4..{N} solutions={total} first={solutions[0]} checksum={checksum}")


main()
