# Matrix operations with a small class: products, powers, transpose, exact integer determinant
# (Bareiss), Gaussian elimination for solving linear systems, and shape errors.

class ShapeError(ValueError):
    pass

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
        if any(len(r) != self.m for r in self.rows):
            raise ShapeError("ragged rows")

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __repr__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(str(v).rjust(width) for v in r) + "]" for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise ShapeError(f"cannot add {self.n}x{self.m} and {other.n}x{other.m}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[v * k for v in r] for r in self.rows])
    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ShapeError(f"cannot multiply {self.n}x{self.m} by {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def T(self):
        return Matrix(zip(*self.rows))

    def det(self):
        if self.n != self.m:
            raise ShapeError("determinant needs a square matrix")
        a = [r[:] for r in self.rows]
        n, sign, prev = self.n, 1, 1
        for k in range(n - 1):
            if a[k][k] == 0:
                swap = next((i for i in range(k + 1, n) if a[i][k] != 0), None)
                if swap is None:
                    return 0
                a[k], a[swap] = a[swap], a[k]
                sign = -sign
            for i in range(k + 1, n):
                for j in range(k + 1, n):
                    a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
            prev = a[k][k]
        return sign * a[n - 1][n - 1]

def solve(A, b):
    n = len(A)
    aug = [list(map(float, row)) + [float(v)] for row, v in zip(A, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < 1e-12:
            raise ValueError("singular system")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        for r in range(n):
            if r != col:
                f = aug[r][col] / aug[col][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [round(aug[i][n] / aug[i][i], 10) for i in range(n)]

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B, A + B, 3 * A, A.T(), sep="\n--\n")
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib.rows[0][1], (Matrix([[2, 0], [0, 3]]) ** 10).rows)
print(Matrix.identity(3), Matrix.identity(3) == Matrix.identity(3) ** 5, sep="\n")
for rows in ([[2]], [[1, 2], [3, 4]], [[2, 0, 1], [1, 3, 2], [1, 1, 1]], [[0, 1, 2], [1, 0, 3], [4, -3, 8]],
             [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[i ** j for j in range(5)] for i in range(1, 6)]):
    print("det", Matrix(rows).det())
print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]), solve([[1, 1], [1, -1]], [10, 2]))
for thunk in (lambda: A @ Matrix([[1, 2, 3]]), lambda: A + Matrix([[1]]), lambda: Matrix([[1, 2], [3]]),
              lambda: Matrix([[1, 2, 3]]).det(), lambda: solve([[1, 2], [2, 4]], [1, 2])):
    try:
        thunk()
    except ValueError as e:
        print(type(e).__name__, e)
