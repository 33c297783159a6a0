# List slice reads and assignment/deletion with steps, length-changing replacements, and ValueError for extended slices.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

base = list(range(10))
print(base[2:7], base[::3], base[::-1], base[7:2:-2], base[-3:], base[:-7], base[100:], base[-100:2])
x = base[:]
x[2:5] = ["a", "b"]
print(x)
x = base[:]
x[2:2] = [100, 200, 300]
print(x)
x = base[:]
x[:] = "xyz"
print(x)
x = base[:]
x[::2] = [0] * 5
print(x)
x = base[:]
x[1::3] = ("p", "q", "r")
print(x)
x = base[:]
x[::-2] = range(5)
print(x)
x = base[:]
x[8:2:-3] = ["A", "B"]
print(x)
x = base[:]
x[5:] = []
print(x)
x = base[:]
x[-2:] = [7, 7, 7, 7]
print(x)
x = base[:]
x[3:1] = ["inserted"]
print(x)
x = base[:]
x[20:] = ["appended"]
print(x)
x = base[:]
x[::1] = [1]
print(x)
x = base[:]
del x[::2]
print(x)
x = base[:]
del x[-1:-6:-2]
print(x)
x = base[:]
del x[2:100]
print(x)
x = base[:]
x[:0] = x
print(x)
x = [1, 2, 3]
x[1:2] = x
print(x)
show("extended mismatch", lambda: base[:].__setitem__(slice(None, None, 2), [1, 2]))
y = base[:]
try:
    y[::3] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    y[1:3] = 5
except TypeError as e:
    print("TypeError", e)
try:
    y[::2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    y[::0] = []
except ValueError as e:
    print("ValueError", e)
try:
    y[1.5:] = []
except TypeError as e:
    print("TypeError", e)
try:
    y[10] = 1
except IndexError as e:
    print("IndexError", e)
print(y)
z = [1, 2, 3, 4]
z[1:3] = iter(["i", "t"])
print(z)
z[0:1] = {"k": 1}
print(z)
z[::-1] = z[:]
print(z)
s = slice(1, None, 2)
z = list("abcdefg")
z[s] = z[s][::-1]
print(z, z[s])
m = list(range(6))
m[1:5:2], m[0:6:2] = [10, 30], [0, 20, 40]
print(m)
m[::-1] = [9, 8]
