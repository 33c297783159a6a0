# An exception inside a generator pipeline: every generator frame between the consumer and the
# failing call appears in the traceback, including the <genexpr> frame.

def read_lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            yield number, line

def parse_all(lines):
    for number, line in lines:
        yield number, parse(line)

def parse(line):
    key, value = line.split("=")
    return key.strip(), int(value)

def load(text):
    pairs = (pair for _, pair in parse_all(read_lines(text)) if pair[0])
    return dict(pairs)

def load_safely(text):
    try:
        return load(text)
    except ValueError as e:
        return f"error: {e}"

good = """
# comment
a = 1
b = 2

c = 30
"""
print(load(good))
print(load_safely("x = 1\ny: 2"))
print(load_safely("x = 1 = 2"))
print(list(read_lines("  # only comments\n\n")))
numbers = parse_all(read_lines("p = 5\nq = 6"))
print(next(numbers), next(numbers), next(numbers, "done"))
print(load("x = 10\ny = eleven\nz = 12"))
