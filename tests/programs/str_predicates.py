# str.isX predicates over ASCII, Unicode digits/numerics, whitespace, identifiers, and printables.

preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower",
         "istitle", "isidentifier", "isprintable", "isascii"]
samples = ["abc", "ABC", "Abc Def", "abc123", "123", "١٢٣", "²", "½", "Ⅻ", "", " ", "\t\n", "\u00a0",
           "_var1", "1var", "class", "é", "ÉCOLE", "x y", "\x00", "\x7f", "a\u0301", "Hello World",
           "Hello world", "3.14", "-5", "ǅ", "中文", "ß", "\u2028", "ABC1", "a_b"]
print("sample".ljust(12), " ".join(p[2:6] for p in preds))
for s in samples:
    print(ascii(s).ljust(12), " ".join(("T" if getattr(s, p)() else ".").center(4) for p in preds))
print("class".isidentifier(), "None".isidentifier(), "λ".isidentifier(), "a-b".isidentifier())
print(all(c.isdigit() for c in "0123456789"), any(c.isspace() for c in "a b"), sum(c.isupper() for c in "Hello World"))
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower" if ch.islower() else "alpha"
    if ch.isspace():
        return "space"
    return "other"
print([classify(c) for c in "aZ9 _\t中"])
try:
    "abc".isalpha(1)
except TypeError as e:
    print("TypeError", e)
try:
    str.isdigit(12)
except TypeError as e:
    print("TypeError", e)
