# open() for reading: the program reads its own source (text and binary,
# whole, by line, by iteration) and the errors open() and closed files raise.
with open(__file__) as f:
    first = f.readline()
    second = f.readline()
    rest = f.read()
print(repr(first[:40]), repr(second[:20]), len(rest) > 100, f.closed)

lines = open(__file__).readlines()
print(len(lines) > 10, lines[-1].endswith("\n"))
count = 0
for line in open(__file__, encoding="utf-8"):
    count += line.startswith("#")
print("comment lines:", count)
data = open(__file__, "rb").read()
print(type(data).__name__, data[:6], data.decode().startswith("# open()"))

f = open(__file__)
print(f.read(7), repr(f.read(0)), f.readline(5))
f.close()
for label, call in [
    ("closed read", lambda: f.read()),
    ("missing", lambda: open("no/such/dir/file.txt")),
    ("bad mode", lambda: open(__file__, "q")),
    ("two modes", lambda: open(__file__, "rw")),
    ("text and binary", lambda: open(__file__, "rbt")),
    ("binary encoding", lambda: open(__file__, "rb", encoding="utf-8")),
    ("write on reader", lambda: open(__file__).write("x")),
    ("not a path", lambda: open(3.5)),
]:
    try:
        call()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)
try:
    open("no/such/dir/file.txt")
except OSError as e:
    print(isinstance(e, FileNotFoundError), e.errno, e.strerror, e.filename, e.args)
