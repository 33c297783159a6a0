# str.split/rsplit/splitlines/partition/rpartition with separators, maxsplit, and edge cases.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

text = "  the quick  brown\tfox\njumps  "
print(text.split())
print(text.split(" "))
print(text.split(None, 2))
print(text.rsplit(None, 2))
print(text.split(maxsplit=1), text.rsplit(maxsplit=1))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "a,b,,c,".split(",", 0), "a,b".split(",", -1))
print("".split(), "".split(","), "   ".split(), "   ".split(" "), ",".split(","))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaaa".split("aa"), "aaa".split("aa"))
print("1 2 3".split(sep=None, maxsplit=-1), "x".split("x"), "xyx".split("x"))
print("mississippi".split("ss"), "mississippi".rsplit("i", 2), "mississippi".split("i", 2))
print("one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight".splitlines())
print("a\nb\n".splitlines(), "a\nb\n".splitlines(True), "\n".splitlines(), "".splitlines())
print("a\r\n\r\nb".splitlines(keepends=True), "no newline".splitlines())
print("a\nb\n".split("\n"))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=start".partition("="), "end=".rpartition("="), "".partition("x"))
print("a--b--c".partition("--"), "a--b--c".rpartition("--"))
show("empty sep", lambda: "abc".split(""))
show("empty rsep", lambda: "abc".rsplit(""))
show("partition empty", lambda: "abc".partition(""))
show("rpartition empty", lambda: "abc".rpartition(""))
show("int sep", lambda: "abc".split(1))
show("partition None", lambda: "abc".partition(None))
show("maxsplit str", lambda: "a b".split(" ", "1"))
show("bytes sep", lambda: "a b".split(b" "))
show("too many", lambda: "a".split(",", 1, 2))
show("bad kw", lambda: "a".split(separator=","))
# A tiny CSV-ish parser built on split/partition.
lines = """name: Ada; langs: python, rust
name: Linus; langs: c
name: Grace; langs:""".splitlines()
for line in lines:
    fields = {}
    for part in line.split(";"):
        k, _, v = part.strip().partition(":")
        fields[k] = [x.strip() for x in v.split(",") if x.strip()] if k == "langs" else v.strip()
    print(fields)
path = "/usr/local/lib/python3.13/site.py"
head, _, tail = path.rpartition("/")
stem, dot, ext = tail.rpartition(".")
print(head, tail, stem, ext, path.split("/")[1:3], path.rsplit("/", 2)[-2:])
