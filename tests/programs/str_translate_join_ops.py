# str operators and less common methods: join, translate/maketrans, *, +, in, immutability errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "|".join(str(i) for i in range(5)), " ".join(("solo",)))
print("+".join({"k1": 1, "k2": 2}), "/".join(map(str.upper, ["usr", "bin"])), "ab".join("123"))
show("join ints", lambda: "-".join([1, 2]))
show("join mixed", lambda: "-".join(["a", 2, "c"]))
show("join bytes", lambda: "".join([b"a"]))
show("join none", lambda: ",".join(None))
show("join str item in list of lists", lambda: ",".join([["a"]]))

table = str.maketrans("abc", "xyz")
print(table, "aabbcc-abc".translate(table))
print("hello world".translate(str.maketrans("", "", "lo")), "hello".translate({ord("h"): "J", ord("o"): None}))
print("1-2-3".translate(str.maketrans({"-": " + "})), "tab\there".translate({9: "\\t"}), "abc".translate({97: 98}))
show("maketrans unequal", lambda: str.maketrans("ab", "x"))
show("maketrans bad key", lambda: str.maketrans({"ab": "x"}))
show("translate bad value", lambda: "a".translate({97: 1.5}))
show("maketrans one str", lambda: str.maketrans("ab"))

print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100), "-" * 10, "ab" + "cd", "a" "b" "c")
s = "abc"
s += "def"
s *= 2
print(s, "cd" in s, "" in s, "dc" in s, "abcdefabcdef".count(s[:3]), s.startswith(("x", "ab")), s.endswith("ef", 0, 6))
show("concat int", lambda: "a" + 1)
show("concat none", lambda: "value: " + None)
show("int plus str", lambda: 1 + "a")
show("mul float", lambda: "a" * 1.5)
show("mul str", lambda: "a" * "b")
show("in int", lambda: 1 in "abc")
show("item assign", lambda: s.__setitem__(0, "z"))
show("del item", lambda: s.__delitem__(0))
show("sub", lambda: "abc" - "c")
show("neg", lambda: -"abc")

def assign_char(text):
    text[0] = "X"
def delete_char(text):
    del text[0]
show("assign via statement", lambda: assign_char("abc"))
show("delete via statement", lambda: delete_char("abc"))
show("append attr", lambda: "abc".append("d"))

# methods return new strings and leave the original unchanged
orig = "  Mixed Case  "
results = [orig.strip(), orig.upper(), orig.replace(" ", "_"), orig.center(20, "*"), orig.expandtabs()]
print(results, repr(orig))
print("a\tb\tc".expandtabs(4), "12\t3\t".expandtabs(3) + "|", "x".center(4, "-"), "x".center(5, "-"), "ab".center(5))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "Hello".removeprefix("x"), "42".zfill(5), "+42".zfill(5))
print("%s" % "x" * 3, ("%s" % "x") * 3, "x" * 3 % () if False else "skip", str.upper("abc"), str.__len__("abcd"))
print(max("hello"), min("hello"), sorted("hello"), sorted("hello", reverse=True), list(reversed("abc")), sum(map(ord, "abc")))
print("abc".__contains__("b"), "abc".__getitem__(1), "abc".__add__("d"), "abc".__mul__(2), "abc".__eq__(1), "abc".__lt__("abd"))

# string building with a list is linear and equals repeated concatenation
parts = []
acc = ""
for i in range(12):
    piece = chr(ord("a") + i) * (i % 3 + 1)
    parts.append(piece)
    acc += piece
print(acc, "".join(parts) == acc, len(acc), acc.count("a"), acc[::5])
