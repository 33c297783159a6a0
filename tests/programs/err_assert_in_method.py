# An uncaught AssertionError with a formatted message raised inside an operator method.

class Matrix:
    def __init__(self, rows):
        assert rows, "a matrix needs at least one row"
        width = len(rows[0])
        assert all(len(r) == width for r in rows), "ragged rows"
        self.rows = [list(r) for r in rows]
        self.shape = (len(rows), width)

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        assert m == m2, f"shape mismatch: {self.shape} @ {other.shape}"
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])

    def __add__(self, other):
        assert self.shape == other.shape, f"cannot add {self.shape} and {other.shape}"
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def __repr__(self):
        return f"Matrix({self.rows})"

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5], [6]])
print(a @ b)
print(a @ a, a + a)
print(a.transpose(), b.transpose(), b.transpose() @ b)
for rows in ([], [[1, 2], [3]]):
    try:
        Matrix(rows)
    except AssertionError as e:
        print("rejected", rows, "->", e)
try:
    a + b
except AssertionError as e:
    print("caught:", e)
c = Matrix([[1, 2, 3]])
print(c.transpose() @ c)
print(a @ c)
