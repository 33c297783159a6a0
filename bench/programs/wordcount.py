# Word count: build a text of WORDS words deterministically (a linear
# congruential generator picks made-up words, skewed toward a few common
# ones, into sentences with capitals and punctuation), then count words,
# word pairs and word lengths with dicts and str methods. Prints totals and
# the most common entries.

WORDS = 320000
VOCABULARY = 3000

SYLLABLES = ["ka", "lo", "mi", "ren", "to", "sa", "vel", "qui", "dor", "an",
             "ex", "pu", "ni", "zo", "ber", "li", "ath", "mo", "tur", "es"]


class Random:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    words = []
    for _ in range(size):
        parts = [SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(1 + rng.next(3))]
        words.append("".join(parts))
    return words


def make_text(rng, vocabulary, count):
    size = len(vocabulary)
    lines = []
    sentence = []
    line = []
    for _ in range(count):
        # The product of two uniform picks favours small indices.
        word = vocabulary[rng.next(size) * rng.next(size) // size]
        if not sentence:
            word = word.capitalize()
        sentence.append(word)
        if rng.next(10) == 0:
            sentence[-1] += ","
        if len(sentence) > 4 and rng.next(8) == 0:
            sentence[-1] += ".!?"[rng.next(3)]
            line.append(" ".join(sentence))
            sentence = []
            if rng.next(4) == 0:
                lines.append(" ".join(line))
                line = []
    if sentence:
        line.append(" ".join(sentence) + ".")
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def count(text):
    words = {}
    pairs = {}
    lengths = {}
    sentences = 0
    for line in text.splitlines():
        previous = None
        for token in line.split():
            if token[-1] in ".!?":
                sentences += 1
            word = token.strip(".,!?").lower()
            words[word] = words.get(word, 0) + 1
            lengths[len(word)] = lengths.get(len(word), 0) + 1
            if previous is not None:
                pair = f"{previous} {word}"
                pairs[pair] = pairs.get(pair, 0) + 1
            previous = word
    return words, pairs, lengths, sentences


def top(counts, n):
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def main():
    rng = Random(12345)
    vocabulary = make_vocabulary(rng, VOCABULARY)
    text = make_text(rng, vocabulary, WORDS)
    words, pairs, lengths, sentences = count(text)
    print(f"wordcount chars={len(text)} lines={text.count(chr(10)) + 1} "
          f"sentences={sentences} words={sum(words.values())} distinct={len(words)}")
    print("top words:", ", ".join(f"{w}={c}" for w, c in top(words, 5)))
    print("top pairs:", ", ".join(f"{w}={c}" for w, c in top(pairs, 3)))
    print("lengths:", " ".join(f"{k}:{lengths[k]}" for k in sorted(lengths)))


main()
