# Strings are sequences of code points: indexing, slicing, len and methods over non-ASCII text.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

words = ["café", "naïve", "Ωmega", "日本語", "😀smile", "a\u0301", "ß", "İ", "ﬁ", "\U0001F600\U0001F601"]
for w in words:
    print(repr(w), len(w), w[0], w[-1], w[::-1], [ord(c) for c in w], len(w.encode("utf-8")), len(w.encode("utf-16-le")) // 2)

s = "Grüße aus Köln — 日本 😀!"
print(len(s), s[4], s[6:9], s[-2], s[-3:], s.index("K"), s.find("日"), s.find("😀"), s.count("ü"))
print(s.upper(), "|", s.lower(), "|", s.casefold(), "|", s.swapcase(), "|", s.title())
print(s.split(), s.partition("—"), s.replace("ü", "ue").replace("ß", "ss"), s.center(30, "·"))
print("ß".upper(), "ß".casefold(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ǅ".lower(), "ǅ".upper(), "ǆ".title())
print("straße".casefold() == "STRASSE".casefold(), "Σίσυφος".upper(), "ΣΊΣΥΦΟΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())

for c in ["a", "Z", "5", "٣", "½", "²", "é", "日", " ", "\u00a0", "\t", "_", "😀", "\u2028"]:
    print(repr(c), hex(ord(c)), c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace(),
          c.isalnum(), c.isupper(), c.islower(), c.isprintable(), c.isidentifier())
print(int("٣٤"), float("１.５"), int("\u0663" + "7"), "٣".isdigit(), "x٣".isidentifier(), "日本".isidentifier())

# ord / chr round-trips and limits
for cp in [0, 65, 127, 128, 255, 256, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF]:
    ch = chr(cp)
    print(cp, len(ch), ord(ch) == cp, len(ch.encode("utf-8", "surrogatepass")), ascii(ch))
show("chr too big", lambda: chr(0x110000))
show("ord two code points", lambda: ord("a\u0301"))
show("ord emoji pair", lambda: ord("😀😁"))
show("index past end", lambda: "日本"[2])
show("encode ascii", lambda: "café".encode("ascii"))
show("encode surrogate", lambda: "\ud800".encode("utf-8"))
show("decode bad", lambda: b"caf\xe9".decode("utf-8"))
print("café".encode("ascii", "replace"), "café".encode("ascii", "ignore"), "café".encode("ascii", "xmlcharrefreplace"))
print("café".encode("ascii", "backslashreplace"), b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("latin-1"))

# sorting and comparing by code point
names = ["zebra", "Äpfel", "apple", "Zoo", "éclair", "日本", "Ωmega", "ábc"]
print(sorted(names), min(names), max(names), sorted(names, key=str.casefold))
print("a" < "á" < "b" < "日", "Z" < "a", "\u00e9" == "e\u0301", len("\u00e9"), len("e\u0301"))

# iteration, reversing and joining keep code points intact
emoji = "👍🏽ok"
print(list(emoji), len(emoji), emoji[::-1] == "".join(reversed(emoji)), "-".join("日本語"))
counts = {}
for ch in "ñandú ñu":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print("{:^9}|{:<6}|{:>6}|".format("日本", "ü", "😀"), f"{'ñ':*^5}", "%-4s|%4s|" % ("é", "ß"))
print("abc日本".ljust(8, "．"), "x".zfill(4), "−5".zfill(4), "-5".zfill(4), "日".rjust(3, "0"))
