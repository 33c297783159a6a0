# bytes and bytearray: construction, repr, indexing gives ints, methods, mutation, hex, decode errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = b"Hello\x00\xff\n\t'\"\\"
print(b, repr(b), len(b), b[0], b[-1], b[1:4], b[::-3], list(b[:3]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"x"), bytes())
print(b"'", b'"', b"'\"", bytes([39]), bytes([34, 39]))
print(bytearray(b"abc"), bytearray(2), bytearray([1, 2]), bytearray("hi", "ascii"))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"" in b"x", b"abc" < b"abd", b"a" == bytearray(b"a"))
print(b"a,b,,c".split(b","), b"  x y ".split(), b"abc".upper(), b"ABC".lower(), b"hello world".title())
print(b"abcabc".find(b"c"), b"abcabc".rfind(b"c"), b"abcabc".count(b"ab"), b"abc".index(98), b"aXbXc".replace(b"X", b"--"))
print(b"  pad ".strip(), b"xxhixx".strip(b"x"), b"7".zfill(3), b"ab".center(6, b"*"), b"ab".ljust(4, b"."))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"bc")), b"a-b".partition(b"-"), b"1 2".isdigit(), b"12".isdigit())
print(b"\xde\xad\xbe\xef".hex(), b"\xde\xad".hex(":"), bytes.fromhex("de ad BE ef"), bytearray.fromhex("00ff"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("latin-1"), "café".encode(), "café".encode("latin-1"))
print(b"abc\xff".decode("utf-8", "replace"), b"abc\xff".decode("utf-8", "ignore"), "aé€".encode("ascii", "replace"))
print("aé".encode("ascii", "xmlcharrefreplace"), "aé".encode("ascii", "backslashreplace"))
print(b"-".join([b"a", b"b", bytearray(b"c")]), bytes(reversed(b"abc")), sorted(b"cab"), max(b"az"))
ba = bytearray(b"hello")
ba[0] = 74
ba[1:3] = b"EE"
ba.append(33)
ba.extend(b"??")
ba += b"!"
del ba[-1]
print(ba, len(ba), ba.pop(), ba, ba.pop(0), ba)
ba.insert(0, 64)
ba.remove(ord("E"))
ba.reverse()
print(ba, bytes(ba), ba.copy() == ba, ba * 2)
ba[::2] = b"XXX"
print(ba)
ba.clear()
print(ba, bool(ba), bool(b"\x00"))
show("index oob", lambda: b"abc"[3])
show("bytes str", lambda: bytes("abc"))
show("bytes neg", lambda: bytes(-1))
show("bytes 256", lambda: bytes([256]))
show("bytes float list", lambda: bytes([1.5]))
show("add str", lambda: b"a" + "b")
show("in str", lambda: "a" in b"abc")
show("in 300", lambda: 300 in b"abc")
show("assign bytes", lambda: b"abc".__setitem__(0, 1))
show("ba assign 256", lambda: bytearray(b"a").__setitem__(0, 256))
show("ba assign str", lambda: bytearray(b"a").__setitem__(0, "x"))
show("ba remove missing", lambda: bytearray(b"a").remove(98))
show("ba pop empty", lambda: bytearray().pop())
show("fromhex bad", lambda: bytes.fromhex("abz"))
show("fromhex odd", lambda: bytes.fromhex("abc"))
show("decode bad", lambda: b"\xff\xfe".decode())
show("decode bad ascii", lambda: b"ok\x80".decode("ascii"))
show("encode bad", lambda: "naïve".encode("ascii"))
show("unknown codec", lambda: b"a".decode("nope"))
show("join str", lambda: b"".join(["a"]))
show("hash ba", lambda: hash(bytearray(b"a")))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"%d-%s" % (1, b"x"))
print(b"abc"[1:2] == b"b", b"abc"[1] == 98, bytes(memoryview(b"mv")) if False else b"mv")
