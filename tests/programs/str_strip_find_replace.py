# strip family, find/rfind/index/rindex/count with ranges, replace with count, startswith/endswith tuples, removeprefix.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), repr("aaa".strip("a")))
print(repr("\u3000 wide \u00a0".strip()), repr("..a..".strip(None)), "www.example.com".strip("cmowz."))
h = "hello hello hello"
print(h.find("llo"), h.find("llo", 3), h.find("llo", 3, 8), h.find("llo", 3, 9), h.find("zz"), h.find(""))
print(h.rfind("llo"), h.rfind("llo", 0, 10), h.rfind(""), h.find("", 20), h.find("", 17), "".find(""))
print(h.find("h", -5), h.rfind("h", -100, -3), h.find("o", 5, 2))
print(h.index("o"), h.rindex("o"), h.count("l"), h.count("ll"), h.count("l", 5), h.count(""), "aaaa".count("aa"))
show("index missing", lambda: h.index("z"))
show("rindex missing", lambda: h.rindex("z", 0, 3))
show("find int", lambda: h.find(1))
show("count None start", lambda: h.count("l", None, None))
print("a-b-c-d".replace("-", "+"), "a-b-c-d".replace("-", "", 2), "a-b".replace("-", "=", 0), "a-b".replace("-", "=", -1))
print("abc".replace("", "|"), "abc".replace("", "|", 2), "".replace("", "x"), "aaa".replace("a", "aa"))
print("banana".replace("ana", "ANA"), "banana".replace(old="a", new="o", count=1) if False else "skip")
show("replace kw count", lambda: "banana".replace("a", "o", count=2))
show("replace int", lambda: "abc".replace(1, "x"))
f = "report_2024.csv"
print(f.startswith("report"), f.startswith(("x", "rep")), f.endswith((".txt", ".csv")), f.endswith("csv", 0, 10))
print(f.startswith("2024", 7), f.startswith("", 100), f.endswith(""), f.startswith(()), f.endswith("_2024", 0, -4))
show("startswith list", lambda: f.startswith(["report"]))
show("endswith int", lambda: f.endswith(5))
show("startswith tuple int", lambda: f.startswith(("a", 1)))
print(f.removeprefix("report_"), f.removesuffix(".csv"), f.removeprefix("x"), f.removesuffix(""))
show("removeprefix int", lambda: f.removeprefix(3))
print("Tab\tStop".expandtabs(), "a\tbb\tccc\t|".expandtabs(4), "x\ty".expandtabs(0), "12\t\n\t3".expandtabs(2))
show("expandtabs float", lambda: "a\tb".expandtabs(2.0))
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
s2 = "one two three two one"
pos = []
i = s2.find("two")
while i != -1:
    pos.append(i)
    i = s2.find("two", i + 1)
print(pos, s2.rfind("one"), s2.rindex("t"), s2.index("three", 2, 14))
print(s2.index("one", 5))
