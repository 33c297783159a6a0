# Coroutines driven by send(): await on coroutines and on objects with
# __await__, async for over an asynchronous iterator, async with.
class Request:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        reply = yield self.what
        return reply


async def inner(x):
    r = await Request(x)
    return r * 2


async def outer():
    a = await inner(1)
    b = await inner(2)
    return a + b


c = outer()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running)
v = c.send(None)
while True:
    try:
        v = c.send(v + 10)
    except StopIteration as e:
        print("result", e.value)
        break
