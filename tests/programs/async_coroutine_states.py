# Coroutine objects: state attributes, close/throw before start, await in expressions, errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Pause:
    def __await__(self):
        got = yield "paused"
        return got

async def step_by_step(x):
    first = await Pause()
    second = await Pause()
    return x + first + second

co = step_by_step(1)
print(co.cr_running, co.cr_frame is not None, co.cr_await is None, co.__name__, co.__qualname__)
print(co.send(None))
print(co.cr_await is not None, type(co.cr_await).__name__)
print(co.send(10))
try:
    co.send(100)
except StopIteration as e:
    print("done:", e.value, co.cr_frame is None)

# close() before starting suppresses the never-awaited warning and finishes the coroutine
unstarted = step_by_step(0)
unstarted.close()
show("send after close", lambda: unstarted.send(None))

# throw() before starting raises inside the coroutine at its first line
async def guarded():
    try:
        await Pause()
    except ValueError:
        return "never reaches handler"
fresh = guarded()
show("throw into fresh coroutine", lambda: fresh.throw(ValueError("early")))

# await inside various expressions
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield f"await {self.v}"
        return self.v

async def expressions():
    total = await Value(1) + await Value(2) * await Value(3)
    items = [await Value(i) for i in range(3)]
    mapping = {k: await Value(k * 10) for k in "ab"}
    cond = await Value("yes") if await Value(True) else "no"
    nested = await Value(await Value(5) + 1)
    return total, items, mapping, cond, nested

def drain(coro):
    trail = []
    while True:
        try:
            trail.append(coro.send(None))
        except StopIteration as e:
            return trail, e.value
trail, result = drain(expressions())
print(trail)
print(result)

# a coroutine cannot be iterated or awaited twice
async def simple():
    return "simple"
s = simple()
show("iterate coroutine", lambda: list(s))
show("next on coroutine", lambda: next(s))
print(drain(s))
async def await_twice():
    inner = simple()
    a = await inner
    b = await inner
    return a, b
show("await same coroutine twice", lambda: drain(await_twice()))

# the coroutine wraps exceptions raised inside it, including StopIteration
async def raises_stop():
    raise StopIteration("inside coroutine")
show("StopIteration inside coroutine", lambda: drain(raises_stop()))

async def ignore_exit():
    try:
        await Pause()
    except GeneratorExit:
        await Pause()
ig = ignore_exit()
ig.send(None)
show("coroutine ignoring close", ig.close)
ig2 = ignore_exit()
ig2.send(None)
show("throw GeneratorExit", lambda: ig2.throw(GeneratorExit))
try:
    ig2.throw(KeyError("finish"))
except KeyError as e:
    print("finished with", repr(e))

# async def functions are functions; calling them creates coroutine objects
print(type(simple).__name__, type(s).__name__, simple.__name__, callable(simple))
c1 = simple()
print(drain(c1), drain(simple()))
