# Loop control: for/else and while/else, break/continue in nested loops, try/finally inside loops.

def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print(f"  found {target!r} at {i}")
            break
    else:
        print(f"  {target!r} not found")
        return -1
    return i
print(find("abcde", "c"), find("abcde", "z"), find([], 1))

def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])

# else runs when the loop body never executes
for _ in []:
    print("never")
else:
    print("empty for: else ran")
while False:
    pass
else:
    print("false while: else ran")

# continue does not skip else
for i in range(3):
    if i == 1:
        continue
    print("  body", i)
else:
    print("  else after continue loop")

# nested loops: break leaves only the innermost
pairs = []
for a in range(4):
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        pairs.append((a, b))
print(pairs)

# breaking out of two loops with a flag and with for/else
grid = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 99:
            found = (r, c)
            break
    else:
        continue
    break
print("found at", found)

# finally runs on break and continue
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("  try", i)
    finally:
        print("  finally", i)
else:
    print("  not reached because of break")

# break inside finally overrides an exception; continue inside finally too
def break_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception swallowed by break"
def continue_swallows():
    count = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            count += 1
            continue
    return f"continued {count} times"
print(break_swallows(), "|", continue_swallows())

# while with complex conditions and counters
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps for 27:", steps)

i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("  even", i)
print("stopped at", i)

# the loop variable keeps its last value; the iterable is evaluated once
def numbers():
    print("  numbers() evaluated")
    return [1, 2, 3]
for k in numbers():
    pass
print("k after loop:", k)
for k in range(0):
    pass
print("k unchanged by empty loop:", k)

# modifying the loop variable does not affect iteration
for j in range(3):
    print("  j =", j, end="")
    j = 100
    print(" -> reassigned to", j)

# range with negative step and else with return value
def countdown(start):
    out = []
    for t in range(start, 0, -1):
        out.append(t)
    else:
        out.append("liftoff")
    return out
print(countdown(3), countdown(0))
