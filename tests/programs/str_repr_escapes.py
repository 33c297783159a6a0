# repr() and ascii() of strings: quote selection, escapes, non-printable characters, nested containers.

samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnew\nret\r", "\x00\x07\x1b\x7f",
           "\x80\x9f\xa0\xad", "é ñ ü", "日本", "\u200b\u2028\ufeff", "😀", "\ud800", "\U000e0001", "\\n literal",
           "", " ", "'", '"', "'\"", "\x0b\x0c", "\u0378", "\u00a0"]
for s in samples:
    print(len(s), repr(s), ascii(s), str(s).isprintable())

print(repr(["a'b", 'c"d', "\n"]), repr({"k\t": "v\x00"}), repr(("é",)), ascii(["é", "日"]), str(["é"]))
print("%r %a %s" % ("é'", "é'", "é'"), "{!r} {!a}".format("\t", "\u1234"), f"{'\x01'!r} {'ß'!a}")

# raw strings and escapes in literals
raw = r"C:\new\table\x41"
print(raw, len(raw), repr(raw), r"\n" == "\\n", "\x41\101\u0041\U00000041\N{LATIN SMALL LETTER A}")
print("\N{SNOWMAN} \N{GREEK SMALL LETTER ALPHA} \N{EM DASH}", len("\N{SNOWMAN}"), "a\
b", """tri
ple""")
print(b"\x00\xff".decode("latin-1") == "\x00\xff", repr("\x00\xff"), repr("\xff" * 2), "\u00ff" == "\xff")

# eval(repr(s)) round-trips for every sample
print(all(eval(repr(s)) == s for s in samples), all(eval(ascii(s)) == s for s in samples))

class Name:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return "Name(%r)" % self.s
    def __str__(self):
        return self.s
n = Name("O'Neil\n")
print(repr(n), str(n).strip(), [n], (n, n), {n.s: n}, "%s|%r" % (n, n), f"{n!s}|{n!r}|{n}")

class Weird:
    def __repr__(self):
        return "weird\u00e9"
print(repr(Weird()), ascii(Weird()), [Weird()], ascii([Weird()]))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class OnlyRepr:
    def __repr__(self):
        return "<only repr>"
print(str(OnlyRepr()), "%s" % OnlyRepr(), f"{OnlyRepr()}", format(OnlyRepr()))

# recursive containers
lst = [1, 2]
lst.append(lst)
d = {"self": None}
d["self"] = d
t = ([],)
t[0].append(t)
print(lst, d, t, repr(lst) == str(lst))
