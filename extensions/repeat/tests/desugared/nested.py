# Nested repeat blocks, and repeat inside a function
row = 0
for _ in range(3):
    row += 1
    line = ''
    for _ in range(row):
        line += '*'
    print(line)
def stars(n, width):
    out = []
    for _ in range(n):
        s = ''
        for _ in range(width):
            s += '#'
        out.append(s)
    return out
print(stars(2, 4))
count = 0
for _ in range(4):
    for _ in range(5):
        for _ in range(6):
            count += 1
print(count)
