# Fibonacci numbers, iterative and memoised
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
seq = []
for i in range(20):
    seq.append(fib_iter(i))
print(seq)
print(fib_iter(100))
print(fib_iter(300))
memo = {}
def fib_memo(n):
    if n in memo:
        return memo[n]
    if n < 2:
        result = n
    else:
        result = fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result
print(fib_memo(90))
print(len(memo))
print(fib_memo(90) == fib_iter(90))
