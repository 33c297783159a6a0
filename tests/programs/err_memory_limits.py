# Requests for absurd amounts of memory raise MemoryError (or CPython's
# format errors) instead of taking the machine down.
def show(label, f):
    try:
        r = f()
        print(label, "->", len(r) if hasattr(r, "__len__") else r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


big = 10**11
show("str * big", lambda: "x" * big)
show("list * big", lambda: [0] * big)
show("bytes(big)", lambda: bytes(big))
show("center", lambda: "ab".center(big))
show("ljust", lambda: "a".ljust(big, "-"))
show("zfill", lambda: "7".zfill(big))
show("expandtabs", lambda: "\t".expandtabs(big))
show("list(range)", lambda: list(range(big)))
show("format width", lambda: format(1, "99999999999d"))
show("percent width", lambda: "%99999999999d" % 1)
show("precision too big", lambda: format(1.5, ".2147483648f"))
show("percent precision", lambda: "%.99999999999f" % 1.5)
show("too many digits", lambda: format(1.5, ".99999999999999999999f"))
show("long precision", lambda: format(1.5, ".70000f")[-3:])
show("long exponent", lambda: format(2.5, ".3000e")[-6:])
show("long general", lambda: format(0.1, ".70000g"))
show("percent long", lambda: ("%.99999f" % 0.5)[:5])
