# Generators: lazy pipelines of generator functions (yield), delegation
# (yield from, including a recursive tree walk) and generator expressions
# consumed by sum/max/any, with one generator driven by send(). Prints a
# checksum of each pipeline.

N = 120000
TREE_DEPTH = 14
ROUNDS = 11


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scrambled(source):
    for x in source:
        yield (x * 7919 + 13) % 10007


def keep_odd(source):
    for x in source:
        if x & 1:
            yield x


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            window = window[1:]


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(groups):
    for group in groups:
        yield from group


def walk(depth, label):
    """Labels of a perfect binary tree, in order, by recursive delegation."""
    if depth == 0:
        yield label
        return
    yield from walk(depth - 1, 2 * label)
    yield label
    yield from walk(depth - 1, 2 * label + 1)


def running_mean():
    total = 0
    count = 0
    mean = None
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total // count


def main():
    pipeline = window_sum = flattened = tree = averaged = 0
    for r in range(ROUNDS):
        pipeline += sum(x % 97 for x in keep_odd(scrambled(numbers(N))))
        window_sum += max(a + b * 3 - c for a, b, c in windows(scrambled(numbers(N // 4)), 3))
        flattened += sum(flatten(chunks((x * x % 1000 for x in numbers(N)), 7)))
        tree += sum(label % 1009 for label in walk(TREE_DEPTH, 1 + r))
        averager = running_mean()
        next(averager)
        mean = 0
        for x in scrambled(numbers(N // 4)):
            mean = averager.send(x)
        averaged += mean
        if any(x > 10006 for x in scrambled(numbers(1000))):
            raise AssertionError("scrambled value out of range")
    print(f"generators pipeline={pipeline} windows={window_sum} "
          f"flattened={flattened} tree={tree} averaged={averaged}")


main()
