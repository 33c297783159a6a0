# Word counting with dictionaries
text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!
A fox, a dog, and THE end."""
def clean(word):
    out = ''
    for ch in word.lower():
        if 'a' <= ch <= 'z':
            out += ch
    return out
counts = {}
order = []
for line in text.split('\n'):
    for raw in line.split():
        w = clean(raw)
        if w == '':
            continue
        if w not in counts:
            counts[w] = 0
            order.append(w)
        counts[w] += 1
print(len(order), 'distinct words')
for w in order:
    print(w, counts[w])
best = ''
for w in order:
    if best == '' or counts[w] > counts[best]:
        best = w
print('most common:', best, counts[best])
by_len = {}
for w in order:
    n = len(w)
    group = by_len.get(n, [])
    group.append(w)
    by_len[n] = group
lengths = list(by_len.keys())
lengths.sort()
for n in lengths:
    print(n, by_len[n])
print(sum(counts.values()))
print(text.find('fox'), text.find('cat'))
