# Recursive functions
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(5), fact(20), fact(30))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(15))
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)
m = []
hanoi(4, 'A', 'C', 'B', m)
print(len(m), m[:5])
def flatten(x, out):
    for item in x:
        if isinstance(item, list):
            flatten(item, out)
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, [4, 5]], 6], [[7]]], []))
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
