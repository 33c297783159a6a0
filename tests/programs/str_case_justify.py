# Case conversion (title/capitalize/swapcase/casefold) and padding (center/ljust/rjust/zfill) with errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["hello world", "HELLO wORLD", "they're bill's friends", "a1b2c3 d4", "ǆemal", "o'neil mc-donald",
          "ß straße", "İstanbul", "ﬁne", "123abc", "", "  spaced  out  "]:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse", "ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
print("abc".center(9), "|" + "abc".center(8, "*") + "|", "abc".center(2), "ab".center(5, "-"), "abc".center(6, "."))
print("abc".ljust(6, "."), "abc".rjust(6, "."), "abc".ljust(2), "abc".rjust(-1), repr("".center(3)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "42".zfill(1), "-".zfill(3), "".zfill(2), "3.14".zfill(7))
print("é".center(5, "ü"), "x".ljust(3, "\u00e9"))
show("center two chars", lambda: "a".center(5, "ab"))
show("ljust empty fill", lambda: "a".ljust(5, ""))
show("rjust float", lambda: "a".rjust(5.0))
show("zfill str", lambda: "1".zfill("5"))
show("center no args", lambda: "a".center())
show("upper args", lambda: "a".upper(1))
show("title on int", lambda: str.title(5))
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("kiwi", 10.0, 100)]
print("+" + "-" * 10 + "+" + "-" * 8 + "+" + "-" * 6 + "+")
for name, price, qty in rows:
    print("|" + name.ljust(10) + "|" + str(price).rjust(8) + "|" + str(qty).center(6) + "|")
print("+" + "=" * 26 + "+")
print(" ".join(w.capitalize() for w in "the QUICK brown fOX".split()))
print("hello"[0].upper() + "hello"[1:], "MiXeD".swapcase().swapcase())
print("ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ǆ".istitle(), "ǅ".istitle())
