def broken(f):
    return 1 / 0


@broken
def g():
    pass
