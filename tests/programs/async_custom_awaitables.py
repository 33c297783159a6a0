# Coroutines driven by hand: custom awaitables with __await__, values passed through send(), results.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Request:
    """Awaiting a Request suspends the coroutine and hands the request to the driver."""
    def __init__(self, what):
        self.what = what
    def __await__(self):
        reply = yield self.what
        return reply

class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return self.value
        yield

async def fetch_user(uid):
    name = await Request(("lookup", uid))
    age = await Request(("age", name))
    bonus = await Ready(10)
    return f"{name} is {age + bonus}"

def drive(coro, responder):
    reply = None
    while True:
        try:
            request = coro.send(reply)
        except StopIteration as stop:
            return stop.value
        print("  driver got", request)
        reply = responder(request)

def responder(req):
    kind, arg = req
    return {"lookup": lambda a: f"user{a}", "age": lambda a: len(a) * 5}[kind](arg)

print(drive(fetch_user(7), responder))
print(drive(fetch_user(42), responder))

async def compute():
    return 6 * 7
c = compute()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("result via StopIteration:", e.value)
show("reuse finished coroutine", lambda: c.send(None))

# awaiting coroutines from coroutines
async def add(a, b):
    await Request(("add", a, b))
    return a + b
async def total(values):
    acc = 0
    for v in values:
        acc = await add(acc, v)
    return acc
print(drive(total([1, 2, 3]), lambda req: print("    ", req)))

# __await__ must return an iterator
class BadAwait:
    def __await__(self):
        return 42
class NotAwaitable:
    pass
async def await_bad():
    return await BadAwait()
async def await_plain():
    return await NotAwaitable()
async def await_int():
    return await 5
for fn in (await_bad, await_plain, await_int):
    co = fn()
    show(fn.__name__, lambda: co.send(None))

# exceptions flow from awaitables into the coroutine and out again
class Failing:
    def __await__(self):
        yield "about to fail"
        raise LookupError("awaitable failed")
async def handles():
    try:
        await Failing()
    except LookupError as e:
        return "handled: " + str(e)
print(drive(handles(), lambda r: None))

async def doesnt_handle():
    await Failing()
show("unhandled", lambda: drive(doesnt_handle(), lambda r: None))

# throw() into a suspended coroutine
async def waiter():
    try:
        await Request("wait")
    except KeyError as e:
        return "woken by " + repr(e)
w = waiter()
print(w.send(None))
try:
    w.throw(KeyError("signal"))
except StopIteration as e:
    print(e.value)

# close() on a suspended coroutine runs its finally
async def with_cleanup():
    try:
        await Request("hold")
    finally:
        print("  coroutine cleanup")
h = with_cleanup()
h.send(None)
h.close()
print("closed:", h.cr_frame is None)
