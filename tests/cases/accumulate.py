# Building data with loops: running totals, histograms, pascal triangle
running = []
t = 0
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    t += x
    running.append(t)
print(running)
def pascal(n):
    rows = [[1]]
    while len(rows) < n:
        prev = rows[-1]
        row = [1]
        for i in range(len(prev) - 1):
            row.append(prev[i] + prev[i + 1])
        row.append(1)
        rows.append(row)
    return rows
for row in pascal(7):
    print(row)
print(pascal(40)[-1][20])
hist = {}
for v in [2, 3, 2, 5, 3, 2]:
    hist[v] = hist.get(v, 0) + 1
keys = list(hist.keys())
keys.sort()
for k in keys:
    print(k, '#' * hist[k])
