# String building: render LINES report lines with f-strings and format
# specs (width, alignment, precision, thousands separators, hex), %-format
# and str.format, join pieces, then transform the text with replace, split,
# upper, strip, find and slicing. Prints the lengths and a character checksum.

LINES = 130000

NAMES = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]


def render(i):
    name = NAMES[i % len(NAMES)]
    amount = (i * 7919) % 100000 / 7
    parts = [
        f"{i:06d}",
        f"{name:<8}|",
        f"{name.title():>9}",
        f"{amount:12,.2f}",
        f"{i * 2654435761 % 4294967296:08x}",
        "%-5s=%5.1f%%" % (name[:3], (i % 1000) / 10),
        "{}:{}".format(len(name), name[::-1]),
    ]
    return " ".join(parts)


def transform(line):
    line = line.replace("|", " / ").upper()
    fields = line.split()
    head = "-".join(f.strip("0") or "0" for f in fields[:3])
    tail = line[line.find("=") + 1:].strip()
    return f"[{head}] {tail} ({len(fields)})"


def char_checksum(text):
    total = 0
    for i, ch in enumerate(text[::97]):
        total = (total * 131 + ord(ch) + i) % 1000000007
    return total


def main():
    lines = [render(i) for i in range(LINES)]
    report = "\n".join(lines)
    transformed = "\n".join(transform(line) for line in lines)
    pieces = []
    for line in lines[:5000]:
        pieces.append(line[:6])
        pieces.append(",")
    joined = "".join(pieces)
    print(f"string_build report={len(report)} transformed={len(transformed)} "
          f"joined={len(joined)} upper={sum(1 for c in transformed if c.isupper())} "
          f"checksum={char_checksum(report)}/{char_checksum(transformed)}")
    print(lines[12345])
    print(transform(lines[12345]))


main()
