# String methods in depth.

s = "  Hello, World! Hello, Python.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("..a..".lstrip(".")), repr("..a..".rstrip(".")))
t = s.strip()
print(t.lower(), "|", t.upper(), "|", t.swapcase())
print("hello world foo-bar o'neil".title(), "|", "hello WORLD".capitalize())
print(t.count("Hello"), t.count("l"), t.count("l", 5), t.count("l", 5, 10), t.count(""))
print(t.find("Hello"), t.find("Hello", 1), t.find("nope"), t.rfind("Hello"), t.rfind("o", 0, 10))
print(t.index("World"), t.rindex("l"))
try:
    t.index("zzz")
except ValueError as e:
    print("ValueError:", e)
print(t.startswith("Hello"), t.startswith(("Hi", "He")), t.endswith("."), t.endswith("Python", 0, -1))
print(t.replace("Hello", "Bye"), "|", t.replace("Hello", "Bye", 1), "|", t.replace("l", ""))
print("a,b,,c".split(","), "a b  c ".split(), "a b  c".split(" "), "a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "one\ntwo\r\nthree\n".splitlines(), "x\ny\n".splitlines(keepends=True))
print("".split(","), "".split(), "   ".split())
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join("abc"), " ".join([]))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(6), "+7".zfill(4))
print("abc".center(2), repr("ab".center(5)), repr("ab".center(6)))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "12.3".isdigit(), "   ".isspace(), "".isspace())
print("hello".islower(), "HELLO".isupper(), "Hello World".istitle(), "hello_1".isidentifier(), "1abc".isidentifier())
print("½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "7".isdecimal())
print("tab\there".expandtabs(), "|", "a\tbc\td".expandtabs(4))
print("Straße".lower(), "Straße".upper(), "ǅ".lower(), "ﬁ".upper())
print("abc"[::-1], "abcdef"[1:4], "abcdef"[-2:], "abcdef"[::2], "abcdef"[10:], "abcdef"[-100:2])
print("ab" * 3, 3 * "-", "ab" * 0, "ab" * -1 == "")
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "Z" < "a", "" < "a")
print(ord("a"), ord("€"), chr(65), chr(8364), [ord(c) for c in "Hi!"])
print("remove prefix:", "unhappy".removeprefix("un"), "unhappy".removeprefix("x"), "file.txt".removesuffix(".txt"))
print("translate:", "hello".translate(str.maketrans("el", "ip")), "hello".translate(str.maketrans("", "", "l")))
print("casefold:", "HeLLo".casefold() == "hello".casefold())
print("in:", "ell" in "hello", "" in "abc", "xyz" not in "abc")
print("len:", len(""), len("abc"), len("€uro"), len("tab\t"))
print("min/max:", min("hello"), max("hello"), sorted("banana"), list("abc"))
print("format:", "{0}-{1}-{0}".format("a", "b"), "{name}!".format(name="hi"))
print("encode:", "é".encode(), "abc".encode("ascii"), len("日本".encode("utf-8")))

# Immutability.
word = "hello"
try:
    word[0] = "j"
except TypeError as e:
    print("TypeError:", e)
print("j" + word[1:], word)

# Method chaining.
raw = "   Name: ALICE smith ;  "
print(raw.strip().rstrip(";").strip().split(":")[1].strip().title())

# Counting words and letters.
text = "the rain in spain stays mainly in the plain"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
print(sorted(set(text.replace(" ", ""))), text.count("ain"))
print(max(text.split(), key=len), [w for w in text.split() if w.endswith("ain")])

# Errors from string methods.
for thunk in [lambda: "abc".join([1, 2]), lambda: "a".center("x"), lambda: "abc".split(""),
              lambda: "x".replace(1, 2), lambda: "abc" + 5, lambda: "abc".zfill()]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
