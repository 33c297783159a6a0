# Comprehensions with several for clauses and if clauses, in every arrangement.

# Two fors: the rightmost varies fastest, like nested loops.
print([(a, b) for a in range(3) for b in "xy"])
loops = []
for a in range(3):
    for b in "xy":
        loops.append((a, b))
print(loops == [(a, b) for a in range(3) for b in "xy"])

# The inner for can depend on the outer variable.
print([(i, j) for i in range(4) for j in range(i)])
print([c for word in ["ab", "cde", ""] for c in word])
print([x for row in [[1, 2], [3, 4]] for x in row for _ in range(2)])

# ifs between and after the fors.
print([(i, j) for i in range(5) if i % 2 for j in range(5) if j > i])
print([(i, j) for i in range(4) for j in range(4) if i != j if (i + j) % 2 == 0])
print([(i, j, k) for i in range(3) for j in range(3) if i < j for k in range(3) if j < k])
print([x for x in range(20) if x % 2 if x % 3 if x % 5])

# Pythagorean triples.
print([(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b)
       if a * a + b * b == c * c])

# Cartesian products with conditions and a computed element.
suits = "SH"
ranks = ["A", "K", "Q"]
print([r + s for s in suits for r in ranks])
print([r + s for r in ranks for s in suits if not (r == "K" and s == "H")])

# Three levels, building strings.
print(["".join(t) for t in [(a, b, c) for a in "01" for b in "01" for c in "01"]])
print([a + b + c for a in "01" for b in "01" for c in "01" if (a + b + c).count("1") == 2])

# Nested comprehension vs. multiple fors: structure differs.
print([[(r, c) for c in range(2)] for r in range(2)])
print([(r, c) for r in range(2) for c in range(2)])

# Dict and set comprehensions with several fors and ifs.
print({(i, j): i * j for i in range(1, 4) for j in range(1, 4) if i <= j})
print({i * j for i in range(1, 5) for j in range(1, 5) if (i * j) % 2 == 0})
print(sorted({w[0] + w[-1] for line in ["alpha beta", "gamma delta"] for w in line.split()}))

# Conditional expression inside plus filters.
print([("fizz" if i % 3 == 0 else "") + ("buzz" if i % 5 == 0 else "") or str(i)
       for i in range(1, 16)])

# Walrus inside a comprehension condition binds in the enclosing scope.
data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6], "last y:", y)

# Using an earlier clause's variable in a later iterable and condition.
words = ["apple", "banana", "cherry"]
print([(w, i, ch) for w in words for i, ch in enumerate(w) if ch == w[-1] and i < len(w) - 1])

# Generator expressions with several clauses, consumed by builtins.
print(sum(i * j for i in range(5) for j in range(5) if i != j))
print(max(len(a + b) for a in ["x", "yy"] for b in ["zzz", ""]))
print(any(a == b for a in "abc" for b in "xyc"), all(a != b for a in "ab" for b in "cd"))
print(sorted(i % 4 for i in range(10) if i > 3))

# A chessboard: knights' moves from a square that stay on the board.
def knight_moves(col, row):
    return sorted((col + dc, row + dr)
                  for dc in (-2, -1, 1, 2) for dr in (-2, -1, 1, 2)
                  if abs(dc) != abs(dr)
                  if 0 <= col + dc < 8 and 0 <= row + dr < 8)
print(knight_moves(0, 0))
print(knight_moves(4, 4))
print(len(knight_moves(7, 3)))

# Matrix multiplication as a nested comprehension.
A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
C = [[sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))] for i in range(len(A))]
for row in C:
    print(row)
