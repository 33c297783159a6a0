# async for (__aiter__/__anext__/StopAsyncIteration) and async with (__aenter__/__aexit__), driven by hand.

class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label

def run(coro):
    ticks = []
    while True:
        try:
            ticks.append(coro.send(None))
        except StopIteration as stop:
            print("  ticks:", ticks)
            return stop.value

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("  __aiter__")
        return self
    async def __anext__(self):
        await Tick(f"next{self.n}")
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1

async def consume():
    seen = []
    async for value in Countdown(3):
        seen.append(value)
    else:
        seen.append("else ran")
    return seen
print(run(consume()))

async def consume_break():
    async for value in Countdown(5):
        if value == 4:
            break
    return value
print(run(consume_break()))

class Session:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Tick("enter " + self.name)
        print("  enter", self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        await Tick("exit " + self.name)
        print("  exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

async def use_sessions():
    async with Session("db") as db, Session("cache") as cache:
        print("  body with", db, cache)
    async with Session("quiet", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Session("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("  caught", repr(e))
    return "sessions done"
print(run(use_sessions()))

# async generators: yield inside async def
async def agen(n):
    for i in range(n):
        await Tick(f"gen{i}")
        yield i * 10
    print("  agen exhausted")

async def use_agen():
    out = [v async for v in agen(3)]
    evens = [v async for v in agen(4) if v % 20 == 0]
    return out, evens
print(run(use_agen()))

# stepping an async generator by hand with __anext__
g = agen(2)
print(type(g).__name__, type(g.__aiter__()).__name__, g.__aiter__() is g)
step = g.__anext__()
print(step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print("first value", e.value)
step = g.__anext__()
step.send(None)
try:
    step.send(None)
except StopIteration as e:
    print("second value", e.value)
step = g.__anext__()
try:
    step.send(None)
except StopAsyncIteration:
    print("StopAsyncIteration at the end")

# errors for objects lacking the async protocols
class NoAiter:
    pass
class NoAenter:
    def __aexit__(self, *a):
        pass
async def bad_for():
    async for _ in NoAiter():
        pass
async def bad_with():
    async with NoAenter():
        pass
async def sync_for_on_async():
    for _ in Countdown(1):
        pass
for fn in (bad_for, bad_with, sync_for_on_async):
    try:
        run(fn())
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
