# Binary trees: allocate and walk many perfect binary trees (nodes are
# (left, right) tuples, leaves (None, None)) while one long-lived tree stays
# alive. Prints each depth's node-count check, as in the usual benchmark.

MAX_DEPTH = 15
MIN_DEPTH = 4


def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def main():
    stretch = MAX_DEPTH + 1
    print(f"stretch tree of depth {stretch}\t check: {check(make(stretch))}")
    long_lived = make(MAX_DEPTH)
    for depth in range(MIN_DEPTH, MAX_DEPTH + 1, 2):
        iterations = 2 ** (MAX_DEPTH - depth + MIN_DEPTH)
        total = 0
        for _ in range(iterations):
            total += check(make(depth))
        print(f"{iterations}\t trees of depth {depth}\t check: {total}")
    print(f"long lived tree of depth {MAX_DEPTH}\t check: {check(long_lived)}")


main()
