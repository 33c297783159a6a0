# bytes: %-formatting, __bytes__, conversions, iteration, translate, comparisons and mixed-type errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(b"%d items at %s" % (3, b"home"), b"%5d|%-5d|%05.1f" % (42, 42, 2.5), b"%x %X %o %c %c" % (255, 255, 8, 65, b"z"))
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 7}, b"%r %a" % ("é", "é"), b"%b %s" % (bytearray(b"ba"), memoryview(b"mv")))
print(b"100%%" % (), b"%3s|%-3s|" % (b"a", b"b"), bytearray(b"%s!") % b"x", type(bytearray(b"%s") % b"").__name__)
show("bytes %s with str", lambda: b"%s" % "text")
show("bytes %d with str", lambda: b"%d" % "1")
show("bytes too few", lambda: b"%s %s" % (b"a",))
show("bytes too many", lambda: b"%s" % (b"a", b"b"))
show("bytes %c big", lambda: b"%c" % 256)

class Packet:
    def __init__(self, kind, payload):
        self.kind, self.payload = kind, payload
    def __bytes__(self):
        return bytes([self.kind, len(self.payload)]) + self.payload
pk = Packet(7, b"hi!")
print(bytes(pk), list(bytes(pk)), b"%s" % pk, bytearray(bytes(pk)))
class BadBytes:
    def __bytes__(self):
        return "not bytes"
show("bad __bytes__", lambda: bytes(BadBytes()))
show("bytes of int list with str", lambda: bytes(["a"]))
show("bytes of object", lambda: bytes(object()))
show("bytes encoding without str", lambda: bytes(b"x", "utf-8"))
show("str without encoding", lambda: bytes("x"))

# iteration yields ints; slices yield bytes
data = b"\x01\x02\xfe\xff"
print([x for x in data], data[1], data[1:2], data[-1:], type(data[0]).__name__, type(data[:1]).__name__)
print(sum(data), max(data), list(reversed(data)), bytes(x ^ 0xFF for x in data), data.hex(), data.hex("-", 2))
print(str(b"abc"), str(b"abc", "ascii"), repr(bytearray(b"x'")), b"a" == "a", b"abc" != "abc")
print(b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00\x00", bytearray(b"b") > b"a", sorted([b"b", b"a", b"ab"]))
show("bytes lt str", lambda: b"a" < "b")
show("bytes plus str", lambda: b"a" + "b")
show("bytes plus list", lambda: b"a" + [1])
show("bytes plus int", lambda: b"a" + 1)
show("str join bytes", lambda: ", ".join([b"a"]))

# translate, maketrans and other transformations
rot = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"nopqrstuvwxyzabcdefghijklm")
print(b"hello world".translate(rot), b"hello".translate(None, b"l"), b"a-b_c".translate(bytes.maketrans(b"-_", b"  ")))
print(b"one\ntwo\r\nthree".splitlines(), b"x\ny\n".splitlines(keepends=True), b"  a  b ".split(None, 1))
print(b"ab" * 3, 3 * b"ab", b"abc".rjust(6, b"0"), b"hello".capitalize(), b"Hi There".swapcase(), b"ab\tc".expandtabs(4))
print(b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"Title Case".istitle(), b"".isdigit())
print(b"key=value=x".split(b"=", 1), b"a,b,c".rsplit(b",", 1), b"path/to/file".rpartition(b"/"), b"xxabxx".strip(b"x"))
print(b"data".removeprefix(b"da"), b"data".removesuffix(b"ta"), b"aaa".replace(b"a", b"bb", 2), b"abc".count(b""))

# building a simple binary record format by hand
def encode(records):
    out = bytearray()
    for name, value in records:
        raw = name.encode("utf-8")
        out.append(len(raw))
        out += raw
        out += value.to_bytes(4, "big", signed=True)
    return bytes(out)
def decode(blob):
    pos = 0
    result = []
    while pos < len(blob):
        n = blob[pos]
        name = blob[pos + 1:pos + 1 + n].decode("utf-8")
        value = int.from_bytes(blob[pos + 1 + n:pos + 5 + n], "big", signed=True)
        result.append((name, value))
        pos += 5 + n
    return result
blob = encode([("x", 1), ("größe", -300), ("z", 2 ** 31 - 1)])
print(blob, len(blob))
print(decode(blob))
show("decode prefix", lambda: decode(blob[:-6]))
show("decode garbage", lambda: decode(b"\x02\xff\xfe\x00\x00\x00\x00"))
