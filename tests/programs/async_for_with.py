# async for and async with, driven by hand: iteration, else, break and
# continue, __aexit__ suppressing or not, and the protocol errors.
class Ticker:
    def __init__(self, n):
        self.n, self.i = n, 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Mgr:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return t is KeyError


async def main():
    out = []
    async for i in Ticker(3):
        out.append(i)
    else:
        out.append("done")
    async with Mgr("a") as r, Mgr("b") as s:
        out.append(r + s)
    async with Mgr("c"):
        raise KeyError("suppressed")
    try:
        async with Mgr("d"):
            raise ValueError("kept")
    except ValueError as e:
        out.append(repr(e))
    async for i in Ticker(5):
        if i == 2:
            continue
        if i == 4:
            break
        out.append(i)
    return out


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print(run(main()))


async def not_async_iterable():
    async for x in [1, 2]:
        pass


async def not_async_cm():
    async with print:
        pass


class NoAnext:
    def __aiter__(self):
        return self


async def bad_aiter():
    async for x in NoAnext():
        pass


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


async def bad_anext():
    async for x in BadAnext():
        pass


for f in [not_async_iterable, not_async_cm, bad_aiter, bad_anext]:
    print(f.__name__, "->", run(f()))
