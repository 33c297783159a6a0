# format() of floats: e/f/g/%/n-less presentation types, precision, alignment, sign, grouping, z flag.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

values = [0.0, -0.0, 1.0, 1.5, 2.5, -2.5, 123.456, 0.000123456, 1234567.891, 1e16, 1e-7, 9.9999, 1 / 3]
for v in values:
    print(format(v, ""), format(v, "e"), format(v, ".2e"), format(v, "f"), format(v, ".1f"),
          format(v, "g"), format(v, ".3g"), format(v, "#g"), format(v, "%"), format(v, ".1%"))

for spec in ["10.3f", "<10.3f", "^10.3f", ">10.3f", "*^12.2f", "+.2f", " .2f", "-.2f", "010.2f",
             "+010.2f", "=+10.2f", ",.2f", "_.2f", ",", "_", "E", ".0f", "#.0f", ".0e", "#.0e", "G", ".10g"]:
    print(repr(spec), "[" + format(1234.5678, spec) + "]", "[" + format(-0.5, spec) + "]")

# rounding in formatting is round-half-even on the exact binary value
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(2.675, ".2f"), format(1.005, ".2f"))
print(format(0.125, ".2f"), format(0.375, ".2f"), format(1e-10, ".3f"), format(999.9995, ".3f"), format(9.995, ".2f"))

# general format switches between fixed and exponent notation
for v in [1e-5, 1e-4, 0.001, 123456.0, 1234567.0, 1e15, 1e16, 12345678901234567890.0]:
    print(repr(v), format(v, "g"), format(v, ".12g"), format(v, ""), format(v, ".3"), str(v))

# special values
inf, nan = float("inf"), float("nan")
print(format(inf, "f"), format(-inf, "e"), format(nan, "g"), format(inf, "F"), format(nan, "E"),
      format(inf, "+10.2f"), format(nan, "^9"), format(-inf, "010f"), format(inf, "%"))

# z flag coerces negative zero after rounding
print(format(-0.0001, ".2f"), format(-0.0001, "z.2f"), format(-0.0, "z"), format(-1e-9, "z.3e"), format(-0.5, "z.0f"))

# f-strings and str.format share the mini-language
w, p = 14, 4
x = 3.14159265
print(f"[{x:{w}.{p}f}]", f"[{x:<{w}.{p}e}]", f"[{-x:^+{w}.{p}g}]", "[{:{}.{}%}]".format(x, w, p))
print("{0:.3f} {0:.3e} {0:.3g} {0:,.1f}".format(12345.6789), "%.3f %e %g %10.2f|%-10.2f|" % (x, x, x, x, x))

show("int spec on float", lambda: format(1.5, "d"))
show("x on float", lambda: format(1.5, "x"))
show("bad spec", lambda: format(1.5, "q"))
show("comma and underscore", lambda: format(1.5, ",_f"))
show("sign in string spec", lambda: format("s", "+"))
show("precision too big", lambda: format(1.5, ".9999999999f"))
print(format(1.5, "10"), format(1.5, "<10") + "|", format(2.0, "n") if False else format(2.0, ""))
