def g():
    yield
    yield 1
    yield 1, 2
    yield (1, 2)
    x = yield
    x = yield 1
    x = yield 1, 2
    yield from it
    x = yield from it
    y = (yield)
    z = (yield from gen())
    f((yield))
    f((yield x))
    f((yield from x))
    w = [(yield)]
    await_ = yield lambda: 1
    yield *a, *b
    yield from (x for x in xs)
    return (yield)
    a = b = yield c
    x += yield
    x: int = yield
    print((yield), (yield))
    yield [x for x in y]
    yield (yield (yield))
