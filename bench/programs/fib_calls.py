# Calls: naive recursive Fibonacci, then closures: counters and adders
# made by factory functions, a function composed from closures, and calls
# with default, keyword, *args and **kwargs arguments. Prints the results.

FIB_N = 30
CALLS = 600000


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    return bump


def make_adder(k):
    return lambda x: x + k


def compose(*functions):
    def composed(x):
        for f in functions:
            x = f(x)
        return x

    return composed


def weighted(a, b=2, *rest, scale=1, **extra):
    total = a + b * scale + len(rest) + len(extra)
    for r in rest:
        total += r
    return total


def main():
    results = [fib(FIB_N), fib(FIB_N - 2)]
    counter = make_counter(3)
    pipeline = compose(make_adder(1), make_adder(-7), lambda x: x * 3 % 1009, make_adder(5))
    checksum = 0
    for i in range(CALLS):
        checksum += pipeline(i) + counter() % 11
        checksum += weighted(i % 5) + weighted(1, i % 3, 4, 5, scale=2, tag=i)
        checksum %= 1000000007
    results.append(counter())
    results.append(checksum)
    print("fib_calls", *results)


main()
