# Text statistics: word frequencies with ties broken alphabetically, sentence splitting, n-grams,
# character classes, line wrapping, and a simple readability score.

TEXT = """The quick brown fox jumps over the lazy dog. The dog, surprised, barks!
Does the fox care? Not at all: the fox runs off into the woods... and the dog sleeps again.
Numbers like 42 and 3.14 are not words; neither are symbols such as & or %."""

def words(text):
    out, cur = [], []
    for ch in text.lower():
        if ch.isalpha() or (ch == "'" and cur):
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out

def sentences(text):
    result, start = [], 0
    i = 0
    while i < len(text):
        if text[i] in ".!?":
            j = i
            while j + 1 < len(text) and text[j + 1] in ".!?":
                j += 1
            if j + 1 == len(text) or text[j + 1].isspace():
                s = " ".join(text[start:j + 1].split())
                if s:
                    result.append(s)
                start = j + 1
            i = j
        i += 1
    return result

def frequencies(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

def ngrams(ws, n):
    return [tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)]

def wrap(text, width):
    lines, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        lines.append(line)
    return lines

def syllables(word):
    vowels = "aeiouy"
    count, prev = 0, False
    for ch in word:
        is_v = ch in vowels
        if is_v and not prev:
            count += 1
        prev = is_v
    if word.endswith("e") and count > 1:
        count -= 1
    return max(count, 1)

ws = words(TEXT)
print(len(ws), "words,", len(set(ws)), "distinct")
print(frequencies(ws)[:8])
print([w for w, c in frequencies(ws) if c == 1][:10])
sents = sentences(TEXT)
for i, s in enumerate(sents, 1):
    print(f"{i}: {s}")
bigrams = frequencies([" ".join(g) for g in ngrams(ws, 2)])
print(bigrams[:4])
print(max(ws, key=len), sorted({w for w in ws if len(w) >= 6}), sum(map(len, ws)) / len(ws))

classes = {"letters": 0, "digits": 0, "spaces": 0, "punct": 0, "upper": 0}
for ch in TEXT:
    if ch.isalpha():
        classes["letters"] += 1
        classes["upper"] += ch.isupper()
    elif ch.isdigit():
        classes["digits"] += 1
    elif ch.isspace():
        classes["spaces"] += 1
    else:
        classes["punct"] += 1
print(classes, len(TEXT), sum(classes.values()) - classes["upper"] == len(TEXT))

letter_hist = frequencies([c for c in TEXT.lower() if c.isalpha()])
print(" ".join(f"{c}{n}" for c, n in letter_hist[:10]))
for c, n in letter_hist[:5]:
    print(f"{c} {'#' * n}")

for line in wrap(TEXT, 34):
    print(f"|{line:<34}|")

total_syll = sum(syllables(w) for w in ws)
score = 206.835 - 1.015 * (len(ws) / len(sents)) - 84.6 * (total_syll / len(ws))
print(total_syll, round(score, 2), [(w, syllables(w)) for w in ("the", "surprised", "again", "woods", "symbols")])
print(TEXT.count("the"), TEXT.lower().count("the"), ws.count("the"), TEXT.find("fox"), TEXT.rfind("fox"))
