# Common iteration patterns: enumerate/zip/reversed/sorted loops, sliding windows, grouping, accumulation.

data = [5, 3, 8, 1, 9, 2, 7]
for i, v in enumerate(data, 1):
    print(f"{i}:{v}", end=" ")
print()
for i, v in reversed(list(enumerate(data))):
    print(f"{i}:{v}", end=" ")
print()
for a, b in zip(data, data[1:]):
    print("up" if b > a else "down", end=" ")
print()
windows = [data[i:i + 3] for i in range(len(data) - 2)]
print(windows, [sum(w) for w in windows], max(windows, key=sum))

# running totals, maxima and their positions
running, best, best_at = 0, None, None
totals = []
for idx, v in enumerate(data):
    running += v
    totals.append(running)
    if best is None or v > best:
        best, best_at = v, idx
print(totals, best, best_at)

# grouping consecutive runs
text = "aaabccddddae"
runs = []
for ch in text:
    if runs and runs[-1][0] == ch:
        runs[-1][1] += 1
    else:
        runs.append([ch, 1])
print(runs, "".join(f"{c}{n}" for c, n in runs))

# parallel iteration with index arithmetic
names = ["ann", "bob", "cyd"]
scores = [91, 78, 85]
ranks = sorted(range(len(scores)), key=lambda i: -scores[i])
for place, i in enumerate(ranks, 1):
    print(f"#{place} {names[i]:<4}{scores[i]:>4}")
print(dict(zip(names, scores)), list(zip(*zip(names, scores))))

# iterating dicts in different ways
stock = {"pen": 3, "ink": 0, "pad": 12}
for k in stock:
    print(k, end=",")
print()
for k, v in sorted(stock.items(), key=lambda kv: kv[1]):
    print(f"{k}={v}", end=" ")
print()
for v in stock.values():
    print(v * 2, end=" ")
print()

# nested loops building a multiplication table
size = 5
for r in range(1, size + 1):
    print(" ".join(f"{r * c:3d}" for c in range(1, size + 1)))

# while loop consuming a work list with index
queue = [1]
seen = set()
order = []
while queue:
    node = queue.pop(0)
    if node in seen or node > 20:
        continue
    seen.add(node)
    order.append(node)
    queue.extend([node * 2, node * 3])
print(order)

# iterating over a string, bytes and range backwards
print([c for c in "héllo"], [b for b in b"hi"], list(range(10, 0, -3)), list(reversed("abc")))

# chunking and striding
seq = list(range(11))
print([seq[i:i + 4] for i in range(0, len(seq), 4)], seq[::3], seq[1::3], seq[::-4])

# loop over pairs of all combinations without itertools
items = ["a", "b", "c", "d"]
combos = []
for i in range(len(items)):
    for j in range(i + 1, len(items)):
        combos.append(items[i] + items[j])
print(combos, len(combos))

# accumulating into several structures in one pass
words = "the quick brown fox jumps over the lazy dog the end".split()
first_letters = {}
lengths = [0] * 6
longest = ""
for w in words:
    first_letters.setdefault(w[0], []).append(w)
    lengths[min(len(w), 5)] += 1
    if len(w) > len(longest):
        longest = w
print(first_letters)
print(lengths, longest, words.count("the"), sorted(set(words), key=words.index))
