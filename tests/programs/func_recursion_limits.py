# Recursion: direct, mutual, memoised, accumulating; RecursionError caught and recovered from.
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(5), fact(30), len(str(fact(300))))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(99), [n for n in range(10) if is_odd(n)])

memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(10), fib(90), len(memo))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(m, n) for m in range(3) for n in range(3)], ackermann(2, 3))

def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
print(flatten([1, [2, [3, [4, [5]]]], [[6]], []]))

def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append(head + rest)
    return result
print(permutations("abc"), len(permutations("abcde")))

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(hanoi(3, "A", "C", "B", []), len(hanoi(10, "A", "C", "B", [])))

# unbounded recursion raises RecursionError, which is a RuntimeError
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError), RecursionError.__mro__[1].__name__)
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("depth reached is near the limit:", sys.getrecursionlimit() - 60 < depth <= sys.getrecursionlimit())

# after catching it, normal calls work again
print(fact(50) == fact(49) * 50, sys.getrecursionlimit())

# recursion through methods and __repr__
class Node:
    def __init__(self, value, child=None):
        self.value, self.child = value, child
    def __repr__(self):
        return f"Node({self.value}{', ' + repr(self.child) if self.child else ''})"
    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)
chain = Node(1, Node(2, Node(3)))
print(chain, chain.depth())
loop = Node("x")
loop.child = loop
show("recursive repr", lambda: repr(loop))
show("recursive method", lambda: loop.depth())

# a lower limit makes the error appear sooner
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
print(count_down(50))
show("deep under low limit", lambda: count_down(500))
sys.setrecursionlimit(old)
print(count_down(500), sys.getrecursionlimit() == old)
show("limit too low", lambda: sys.setrecursionlimit(0))
show("limit not int", lambda: sys.setrecursionlimit("100"))
