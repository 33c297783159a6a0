# An uncaught UnboundLocalError: a later assignment makes the name local to the whole function.

total = 100
limit = 3

def read_global():
    return total + 1

def modify_with_global():
    global total
    total += 1
    return total

def counter_factory():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump

def shadowing_in_branch(flag):
    if flag:
        limit = 10
    return limit

def apply_discount(price):
    if price > 50:
        discounted = price * 0.9
    return round(discounted, 2)

print(read_global(), modify_with_global(), total)
bump = counter_factory()
print(bump(), bump(), bump())
print(shadowing_in_branch(True))
try:
    shadowing_in_branch(False)
except UnboundLocalError as e:
    print(type(e).__name__, e, "| is NameError:", isinstance(e, NameError))
print(apply_discount(80))
prices = [120, 75.5, 51]
print([apply_discount(p) for p in prices])

def accumulate(values):
    for v in values:
        running = running_total + v
        running_total = running
    return running_total

try:
    accumulate([1, 2])
except UnboundLocalError as e:
    print("accumulate:", e)
print(apply_discount(20))
