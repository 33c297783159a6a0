# Classic recursive algorithms
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print([ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3)])
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src)
hanoi(4, 'A', 'C', 'B')
print(len(moves), ' '.join(moves))
def perms(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            out.append([items[i]] + p)
    return out
for p in perms([1, 2, 3]):
    print(p)
print(len(perms(list('abcde'))), ''.join(perms(list('abcd'))[-1]))
def subsets(xs):
    if not xs:
        return [[]]
    rest = subsets(xs[1:])
    res = list(rest)
    for r in rest:
        res.append([xs[0]] + r)
    return res
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
def flatten(x):
    if type(x) is list or type(x) is tuple:
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]
print(flatten([1, [2, (3, [4, []]), 5], [[[6]]]]))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def power_set_count(n):
    return 1 if n == 0 else 2 * power_set_count(n - 1)
print(power_set_count(100))
def binom(n, k, memo={}):
    if k == 0 or k == n:
        return 1
    key = (n, k)
    if key not in memo:
        memo[key] = binom(n - 1, k - 1) + binom(n - 1, k)
    return memo[key]
print(binom(60, 30), binom(10, 3))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
