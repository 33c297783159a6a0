# An uncaught ZeroDivisionError deep in arithmetic: the traceback marks the failing sub-expression.

def mean(values):
    return sum(values) / len(values)

def variance(values):
    m = mean(values)
    return sum((v - m) ** 2 for v in values) / len(values)

def normalise(values, lo, hi):
    span = hi - lo
    return [(v - lo) / span for v in values]

def safe_ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print(f"  safe_ratio({a}, {b}) caught: {e}")
        return float("inf") if a else float("nan")

def report(groups):
    for name, values in groups.items():
        avg = mean(values)
        var = variance(values)
        scaled = normalise(values, min(values), max(values))
        print(f"{name}: mean={avg:.2f} var={var:.2f} scaled={[round(s, 2) for s in scaled]}")

print(safe_ratio(1, 0), safe_ratio(0, 0), safe_ratio(6, 3))
for a, b in [(7, 2), (-7, 2), (7.5, 2), (1, 3)]:
    print(a, b, a / b, a // b, a % b)

# these messages differ by operand type
zero = 0
cases = [("1 / 0", lambda: 1 / zero), ("1 // 0", lambda: 1 // zero), ("1 % 0", lambda: 1 % zero),
         ("1.0 / 0", lambda: 1.0 / zero), ("1.0 // 0.0", lambda: 1.0 // 0.0), ("1.0 % 0", lambda: 1.0 % zero),
         ("divmod(1, 0)", lambda: divmod(1, zero)), ("0 ** -1", lambda: zero ** -1), ("0.0 ** -1", lambda: 0.0 ** -1)]
for expr, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(f"{expr:>12} -> {e}")

report({"a": [1, 2, 3, 4], "b": [10, 30, 20]})
report({"c": [2.5, 0.5]})
report({"flat": [5, 5, 5]})
print("not reached")
