calls = []


def trace(f):
    calls.append("traced")
    return f


def twice(f):
    def wrapper(x):
        return f(f(x))
    return wrapper


def adder(n):
    def deco(f):
        def wrapped(x):
            return f(x) + n
        return wrapped
    return deco


@twice
@adder(10)
def inc(x):
    return x + 1


@trace
def plain(y=2):
    """A docstring."""
    return y * 3


print(inc(1), plain(), plain(5), calls)
