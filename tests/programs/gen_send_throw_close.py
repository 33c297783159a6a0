# Generator methods: send() values in, throw() exceptions in, close() with GeneratorExit, return values.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

avg = averager()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))
try:
    avg.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)

g = averager()
show("send to just-started", lambda: g.send(5))
print(g.send(None), g.send(4))

def resilient():
    n = 0
    while True:
        try:
            received = yield n
            print("  got", received)
            n += 1
        except ValueError as e:
            print("  handled ValueError:", e)
            n = -100
        except GeneratorExit:
            print("  cleaning up on close")
            raise
r = resilient()
print(next(r), r.send("a"), r.throw(ValueError("bad value")), r.send("b"))
print(r.throw(ValueError, "class plus message") if False else "skip 3-arg throw")
r.close()
print("closed; next ->", next(r, "exhausted"))
r.close()
print("second close is a no-op")

def not_handling():
    yield 1
    yield 2
nh = not_handling()
next(nh)
show("throw unhandled", lambda: nh.throw(KeyError("k")))
show("after unhandled throw", lambda: next(nh))
fresh = not_handling()
show("throw into fresh", lambda: fresh.throw(RuntimeError("early")))
show("fresh is finished", lambda: next(fresh))

def ignores_exit():
    try:
        yield "tick"
    except GeneratorExit:
        print("  refusing to exit")
    yield "tock"
    print("  never reached")
ie = ignores_exit()
next(ie)
show("ignoring GeneratorExit", ie.close)
show("close again", ie.close)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
re_ = returns_on_exit()
next(re_)
print("close returns", re_.close())

def close_value():
    try:
        yield
    finally:
        print("  finally during close")
cv = close_value()
next(cv)
print(cv.close())

# throw with traceback-less exception class and the exception's identity
class Custom(Exception):
    pass
def catcher():
    try:
        yield "waiting"
    except Custom as exc:
        yield ("caught", type(exc).__name__, exc.args)
c = catcher()
next(c)
print(c.throw(Custom("payload")))
print(next(c, "done"))

def yields_from_throw():
    while True:
        try:
            yield
        except Exception as exc:
            yield "recovered from " + type(exc).__name__
yt = yields_from_throw()
next(yt)
print(yt.throw(ZeroDivisionError), next(yt), yt.throw(IndexError("x")))

# StopIteration.value for generators that return without a value
def just_return():
    return
    yield
try:
    next(just_return())
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
