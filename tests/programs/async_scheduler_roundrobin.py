# A tiny cooperative scheduler: tasks are coroutines yielding custom awaitables (sleep, spawn, join).

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Spawn:
    def __init__(self, coro, name):
        self.coro, self.name = coro, name
    def __await__(self):
        task = yield ("spawn", self.coro, self.name)
        return task

class Join:
    def __init__(self, task):
        self.task = task
    def __await__(self):
        result = yield ("join", self.task)
        return result

class Task:
    def __init__(self, coro, name):
        self.coro, self.name = coro, name
        self.wake_at = 0
        self.done = False
        self.result = None
        self.waiters = []
        self.send_value = None
    def __repr__(self):
        return f"Task({self.name})"

class Scheduler:
    def __init__(self):
        self.clock = 0
        self.tasks = []
        self.log = []
    def spawn(self, coro, name):
        t = Task(coro, name)
        self.tasks.append(t)
        return t
    def run(self):
        while any(not t.done for t in self.tasks):
            runnable = [t for t in self.tasks if not t.done and t.wake_at <= self.clock and t.wake_at >= 0]
            if not runnable:
                self.clock += 1
                continue
            for t in runnable:
                self.step(t)
            self.clock += 1
        return self.log
    def step(self, t):
        value, t.send_value = t.send_value, None
        try:
            op = t.coro.send(value)
        except StopIteration as stop:
            t.done, t.result = True, stop.value
            self.log.append((self.clock, t.name, "done", stop.value))
            for w in t.waiters:
                w.wake_at, w.send_value = self.clock + 1, stop.value
            return
        except Exception as exc:
            t.done = True
            self.log.append((self.clock, t.name, "failed", repr(exc)))
            return
        kind = op[0]
        if kind == "sleep":
            t.wake_at = self.clock + op[1]
        elif kind == "spawn":
            child = self.spawn(op[1], op[2])
            child.wake_at = self.clock + 1
            t.send_value = child
            t.wake_at = self.clock + 1
        elif kind == "join":
            target = op[1]
            if target.done:
                t.send_value, t.wake_at = target.result, self.clock + 1
            else:
                target.waiters.append(t)
                t.wake_at = -1
        self.log.append((self.clock, t.name, kind))

async def worker(name, n, delay):
    total = 0
    for i in range(n):
        total += i
        await Sleep(delay)
    return f"{name}:{total}"

async def faulty():
    await Sleep(1)
    raise ValueError("worker crashed")

async def main():
    a = await Spawn(worker("a", 3, 1), "a")
    b = await Spawn(worker("b", 2, 3), "b")
    await Spawn(faulty(), "faulty")
    ra = await Join(a)
    rb = await Join(b)
    return [ra, rb]

sched = Scheduler()
sched.spawn(main(), "main")
for entry in sched.run():
    print(entry)
print("final clock", sched.clock, [(t.name, t.result) for t in sched.tasks])

# awaiting a plain coroutine inside another runs it inline, with no scheduler involvement
async def inline_double(x):
    return x * 2
async def inline_user():
    values = [await inline_double(v) for v in range(4)]
    return values
co = inline_user()
try:
    co.send(None)
except StopIteration as e:
    print("inline result", e.value)
