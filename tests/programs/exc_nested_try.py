# Nested try statements: which level handles what, and in what order.

def level(kind):
    log = []
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            if kind == "value":
                raise ValueError("v")
            if kind == "key":
                raise KeyError("k")
            if kind == "type":
                raise TypeError("t")
            log.append("inner try end")
        except ValueError as e:
            log.append("inner except ValueError " + str(e))
        finally:
            log.append("inner finally")
        log.append("between")
    except KeyError as e:
        log.append("outer except KeyError " + str(e))
    except Exception as e:
        log.append("outer except " + type(e).__name__)
    else:
        log.append("outer else")
    finally:
        log.append("outer finally")
    return log

for kind in ["none", "value", "key", "type"]:
    print(kind.ljust(5), level(kind))

# Three levels deep, the exception passes through two finally blocks.
def three_levels():
    log = []
    try:
        try:
            try:
                raise ArithmeticError("deep")
            finally:
                log.append("finally 3")
        finally:
            log.append("finally 2")
    except ArithmeticError as e:
        log.append("caught at level 1: " + str(e))
    return log
print(three_levels())

# A try nested in an except handler.
def try_in_handler():
    log = []
    try:
        raise ValueError("outer problem")
    except ValueError as outer:
        log.append("handling " + str(outer))
        try:
            raise KeyError("inner problem")
        except KeyError as inner:
            log.append("inner handled " + repr(inner))
            log.append("inner context " + repr(inner.__context__))
        log.append("back in outer handler")
    return log
print(try_in_handler())

# A try nested in a finally block.
def try_in_finally():
    log = []
    try:
        log.append("body")
    finally:
        try:
            log.append("finally body")
            raise RuntimeError("inside finally")
        except RuntimeError as e:
            log.append("caught in finally: " + str(e))
    return log
print(try_in_finally())

# A try nested in an else block.
def try_in_else():
    log = []
    try:
        log.append("body")
    except Exception:
        log.append("never")
    else:
        try:
            log.append("else body")
            {}["x"]
        except KeyError as e:
            log.append("else caught " + repr(e))
    return log
print(try_in_else())

# Nested tries inside loops with retries.
def retry(attempts_needed):
    attempt = 0
    log = []
    while True:
        attempt += 1
        try:
            try:
                if attempt < attempts_needed:
                    raise ConnectionError("attempt %d failed" % attempt)
                log.append("success on attempt %d" % attempt)
                break
            finally:
                log.append("cleanup %d" % attempt)
        except ConnectionError as e:
            log.append(str(e))
            if attempt >= 5:
                log.append("giving up")
                break
    return log
print(retry(1))
print(retry(3))
print(retry(9))

# Re-raising through nested handlers keeps the same exception object.
def same_object():
    err = ValueError("shared")
    try:
        try:
            raise err
        except ValueError as e:
            print("inner sees same object:", e is err)
            raise
    except ValueError as e2:
        print("outer sees same object:", e2 is err)
same_object()

# Exception raised by the inner handler, caught by the outer one.
def translate(x):
    try:
        try:
            return 10 // x
        except ZeroDivisionError:
            raise ValueError("x must not be zero")
    except ValueError as e:
        return "translated: %s (context %s)" % (e, type(e.__context__).__name__)
print(translate(5))
print(translate(0))
