# Integer bit operations, bit_length, bit_count, to_bytes/from_bytes and their errors.

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

for n in [0, 1, -1, 5, -5, 255, 256, -256, 2 ** 31, -(2 ** 31), 2 ** 64 - 1]:
    print(n, n.bit_length(), n.bit_count(), bin(n), hex(n), oct(n), ~n)
print(6 & 3, 6 | 3, 6 ^ 3, -6 & 3, -6 | 3, -6 ^ 3, -6 & -3, -6 | -3)
print(1 << 0, 1 << 10, 1024 >> 3, -1024 >> 3, -1 >> 100, 7 >> 1, -7 >> 1)
print(True & True, True | False, True ^ True, ~True, True << 3)
x = 0b1011_0110
print(x, x & 0xF, (x >> 4) & 0xF, x & -x, x & (x - 1))
for val in [1, 255, 256, 65535, 2 ** 32]:
    print(val, val.to_bytes(8, "big"), val.to_bytes(8, "little"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, byteorder="little"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((5).to_bytes(), (0).to_bytes(0, "big"))
show("overflow", lambda: (256).to_bytes(1, "big"))
show("negative unsigned", lambda: (-1).to_bytes(1, "big"))
show("signed overflow", lambda: (128).to_bytes(1, "big", signed=True))
show("bad order", lambda: (1).to_bytes(1, "middle"))
show("negative length", lambda: (1).to_bytes(-1, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x80"))
print(int.from_bytes(bytearray(b"\x00\x80"), "little", signed=True))
show("from bad order", lambda: int.from_bytes(b"\x01", "sideways"))
show("from str", lambda: int.from_bytes("ab", "big"))
show("from list bad", lambda: int.from_bytes([256], "big"))
big = 2 ** 100 + 12345
data = big.to_bytes(16, "big")
print(data.hex(), int.from_bytes(data, "big") == big)
show("and float", lambda: 1 & 1.0)
show("shift float", lambda: 1 << 2.0)
show("invert float", lambda: ~1.5)
show("or str", lambda: 3 | "a")
show("negative shift", lambda: 1 >> -2)
# Gray code and popcount by hand.
print([i ^ (i >> 1) for i in range(16)])
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(20)] == [i.bit_count() for i in range(20)])
print(int.bit_length(1000), int.bit_count(7), (-(2 ** 70)).bit_length())
print(format(0b1010, "08b"), format(-5, "b"), format(255, "#010x"), format(8, "o"))
