# Integer arithmetic around machine-word boundaries: results must silently grow into big ints.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

bounds = [2 ** 30, 2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64]
for b in bounds:
    print(b - 1, b, b + 1, -b, -b - 1, (b - 1) * 2, b * b)

i64_max = 9223372036854775807
i64_min = -9223372036854775808
print(i64_max + 1, i64_min - 1, -i64_min, abs(i64_min), i64_min // -1, i64_min * -1)
print(i64_max * i64_max, i64_min * i64_min, i64_max * i64_min)
print(i64_min % -1, divmod(i64_min, -1), i64_min // 1, i64_min % 7, i64_min // 7)
print(i64_max << 1, i64_max << 64, i64_min >> 1, i64_min >> 63, i64_min >> 64, i64_min >> 1000)
print((i64_max + 1) >> 1 == 2 ** 62, (i64_max + 1) - 1 == i64_max, type(i64_max + 1 - 1).__name__)
print(i64_max ** 2 // i64_max == i64_max, (2 ** 64 - 1) & i64_max, (2 ** 64) | 1, -(2 ** 64) ^ -1)

# mixing small and big operands in every operator
big = 10 ** 25
small = 7
for a, b in [(big, small), (small, big), (-big, small), (small, -big), (-big, -small)]:
    print(a + b, a - b, a * b, a // b, a % b, divmod(a, b) == (a // b, a % b))

# accumulating loop crosses the boundary
acc = 1
steps = 0
while acc < 2 ** 70:
    acc *= 3
    steps += 1
print(steps, acc, acc.bit_length())
back = acc
while back > 1:
    back //= 3
print(back)

# equality and ordering across the boundary
vals = [2 ** 63, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, 0, -1, 10 ** 20, -(10 ** 20)]
print(sorted(vals))
print(max(vals), min(vals), sum(vals))
print(2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63, 2 ** 53 + 1 == 2.0 ** 53 + 1)

# results that shrink back to small ints stay correct
x = 2 ** 100
print(x - x, x // x, x % (x - 1), (x + 5) - x, x >> 100, type(x - x).__name__)
print(hash(x - x) == hash(0), (x - x) == 0, [0][x - x], "ab"[(x + 1) - x])

# int() of a huge float and back
print(int(1e20), int(-1e20), int(2.0 ** 80), float(2 ** 80), float(-(2 ** 63)))
show("float of huge", lambda: float(10 ** 400))
show("huge true div", lambda: 10 ** 400 / 3)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399), 2 ** 1000 / 2 ** 999)
show("index huge", lambda: [1, 2][2 ** 64])
show("repeat huge", lambda: "a" * (2 ** 64))
show("range huge len", lambda: len(range(2 ** 64)))
print(range(2 ** 64)[-1], 2 ** 64 - 1 in range(2 ** 64), range(2 ** 64)[2 ** 63])
