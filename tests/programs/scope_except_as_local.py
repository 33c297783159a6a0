# `except E as name` binds a local of the enclosing function (deleted at the
# end of the handler), never a global; generators and closures alike.
e = "global e"


def handler():
    try:
        raise KeyError("k")
    except KeyError as e:
        print("inside", repr(e))
    try:
        print(e)
    except UnboundLocalError as err:
        print("after handler:", err)
    return "done"


def gen():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"


def outer():
    def inner():
        try:
            1 / 0
        except ZeroDivisionError as e:
            return type(e).__name__
    return inner()


print(handler(), e)
g = gen()
print(next(g), g.throw(ValueError("boom")), e)
print(outer(), e)
print("e" in handler.__code__.co_varnames if hasattr(handler.__code__, "co_varnames") else True)
