async def f():
    await g()
    x = await h(1, 2)
    y = await a.b.c
    return await z

async def gen():
    yield 1
    yield
    await (yield 2)

async def loops(aiter):
    async for x in aiter:
        print(x)
    async for a, b in pairs():
        pass
    else:
        done()
    async with lock:
        pass
    async with open(p) as f, other() as (g, h):
        pass
    async with (
        a as b,
        c as d,
    ):
        pass
    result = [x async for x in aiter if await x]
    s = {await y for y in ys}
    d = {k: v async for k, v in items()}
    g = (x async for x in aiter)
    await asyncio.sleep(0)
    return [await x for x in xs]

class C:
    async def m(self):
        async with self.lock:
            return await self.value

async def nested():
    async def inner():
        await outer
    return inner
