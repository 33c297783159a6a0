# Collatz sequences
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
def collatz_seq(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq
print(collatz_seq(6))
print(collatz_seq(27)[:10], len(collatz_seq(27)), max(collatz_seq(27)))
best = 0
best_n = 0
for n in range(1, 1000):
    s = collatz_steps(n)
    if s > best:
        best = s
        best_n = n
print('longest below 1000:', best_n, best)
print(collatz_steps(2 ** 100 + 1))
