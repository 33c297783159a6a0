# Recursion close to (but under) the default limit of 1000 frames
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
def build(n):
    if n == 0:
        return []
    rest = build(n - 1)
    rest.append(n)
    return rest
b = build(850)
print(len(b), b[0], b[-1], sum(b))
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(800), is_odd(801), is_even(3))
count = lambda n: 0 if n == 0 else 1 + count(n - 1)
print(count(880))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
print(depth(900) + depth(5))
