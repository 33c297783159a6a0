# An uncaught NameError for a misspelled local variable; the traceback suggests the right name.

TAX_RATE = 0.2

def line_total(price, qty):
    return price * qty

def total_price(items):
    subtotal = 0
    for price, qty in items:
        subtotal += line_total(price, qty)
    discount = 0.1 if subtotal > 100 else 0
    taxed = subtotal * (1 + TAX_RATE)
    print(f"  subtotal={subtotal} taxed={taxed:.2f}")
    return taxed * (1 - discont)

def describe(items):
    names = [f"{q}x{p}" for p, q in items]
    return ", ".join(names)

try:
    undefined_function()
except NameError as e:
    print(type(e).__name__, e, "| name:", e.name)

try:
    print(TAX_RAT)
except NameError as e:
    print(type(e).__name__, e, "| suggestion only shown in tracebacks")

def uses_later():
    return later_value
try:
    uses_later()
except NameError as e:
    print(type(e).__name__, e)
later_value = 5
print(uses_later())

order = [(20, 3), (15, 4)]
print(describe(order))
print(total_price([]) if False else "computing")
print(total_price(order))
