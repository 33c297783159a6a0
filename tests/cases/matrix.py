# Matrix operations with nested lists
def zeros(r, c):
    m = []
    for i in range(r):
        m.append([0] * c)
    return m
def matmul(a, b):
    rows = len(a)
    cols = len(b[0])
    inner = len(b)
    out = zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            out[i][j] = s
    return out
def transpose(m):
    t = []
    for j in range(len(m[0])):
        row = []
        for i in range(len(m)):
            row.append(m[i][j])
        t.append(row)
    return t
def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m
def show(m):
    for row in m:
        cells = []
        for v in row:
            cells.append(str(v))
        print(' '.join(cells))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
print(matmul(a, identity(3)) == a)
f = [[1, 1], [1, 0]]
p = identity(2)
for _ in range(50):
    p = matmul(p, f)
print(p[0][1])
half = [[0.5, 0.0], [0.0, 0.25]]
print(matmul(half, [[2, 4], [8, 16]]))
rows = zeros(2, 2)
rows[0][0] = 'aliasing check'
print(rows)
