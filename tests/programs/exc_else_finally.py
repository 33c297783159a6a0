# Every combination of except / else / finally, with and without an exception.

def run(label, raise_it, use_except, use_else, use_finally):
    log = []
    def body():
        log.append("body")
        if raise_it:
            raise ValueError(label)
        log.append("body done")
    try:
        if use_except and use_else and use_finally:
            try:
                body()
            except ValueError:
                log.append("except")
            else:
                log.append("else")
            finally:
                log.append("finally")
        elif use_except and use_else:
            try:
                body()
            except ValueError:
                log.append("except")
            else:
                log.append("else")
        elif use_except and use_finally:
            try:
                body()
            except ValueError:
                log.append("except")
            finally:
                log.append("finally")
        elif use_except:
            try:
                body()
            except ValueError:
                log.append("except")
        elif use_finally:
            try:
                body()
            finally:
                log.append("finally")
        log.append("after")
    except ValueError as e:
        log.append("escaped " + str(e))
    print(label.ljust(22), log)

for raise_it in (False, True):
    for combo in [(True, False, False), (True, True, False), (True, False, True),
                  (True, True, True), (False, False, True)]:
        name = ("raise" if raise_it else "ok") + ":" + "".join(
            flag for flag, on in zip(("E", "L", "F"), combo) if on)
        run(name, raise_it, *combo)

# An exception raised inside else is NOT handled by the same try's except.
def else_raises():
    try:
        try:
            print("  body ok")
        except ZeroDivisionError:
            print("  never: except")
        else:
            print("  else raising ZeroDivisionError")
            1 / 0
        finally:
            print("  finally still runs")
    except ZeroDivisionError as e:
        print("  outer caught:", e)
print("else_raises:")
else_raises()

# An exception in the finally block replaces the pending one.
def finally_replaces():
    try:
        try:
            raise KeyError("original")
        finally:
            print("  finally raising IndexError")
            raise IndexError("replacement")
    except LookupError as e:
        print("  caught", type(e).__name__, e)
        print("  context is", repr(e.__context__))
print("finally_replaces:")
finally_replaces()

# Exception raised in an except handler: finally still runs, then it propagates.
def handler_raises():
    log = []
    try:
        try:
            raise ValueError("first")
        except ValueError:
            log.append("handler")
            raise TypeError("second")
        else:
            log.append("else (never)")
        finally:
            log.append("finally")
    except TypeError as e:
        log.append("outer " + str(e))
        log.append("context " + repr(e.__context__))
    print("handler_raises:", log)
handler_raises()

# The value of variables assigned in each part.
def assignments(flag):
    state = "init"
    try:
        state = "try"
        if flag:
            raise RuntimeError
        state = "try-end"
    except RuntimeError:
        state = state + "+except"
    else:
        state = state + "+else"
    finally:
        state = state + "+finally"
    return state
print(assignments(False))
print(assignments(True))

# finally runs exactly once per pass through a loop.
count = 0
for i in range(5):
    try:
        if i % 2:
            continue
        print("even", i)
    finally:
        count += 1
        print("finally for", i)
print("finally ran", count, "times")
