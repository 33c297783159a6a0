# SystemExit with a string: the string goes to stderr and the status is 1.

def check(values):
    for v in values:
        print("checking", v)
        if v < 0:
            raise SystemExit("error: negative value %d" % v)
    print("all fine")

check([1, 2])
try:
    check([3, -1])
except SystemExit as e:
    print("caught:", e.code)
check([4, 5, -6, 7])
