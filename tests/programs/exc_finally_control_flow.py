# return / break / continue inside try and finally.

def ret_in_try():
    try:
        print("  try: returning 1")
        return 1
    finally:
        print("  finally runs before the return completes")

print("ret_in_try ->", ret_in_try())

def ret_value_evaluated_first():
    x = 10
    try:
        return x          # the value 10 is computed here
    finally:
        x = 99            # changing x afterwards does not change the result
        print("  finally set x to", x)

print("ret_value_evaluated_first ->", ret_value_evaluated_first())

def ret_mutable_evaluated_first():
    items = [1]
    try:
        return items
    finally:
        items.append(2)   # but mutating the returned object is visible

print("ret_mutable_evaluated_first ->", ret_mutable_evaluated_first())

def finally_overrides_return():
    try:
        return "from try"
    finally:
        return "from finally"

print("finally_overrides_return ->", finally_overrides_return())

def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally returned, exception discarded"

print("finally_swallows_exception ->", finally_swallows_exception())

def ret_in_except():
    try:
        raise KeyError("k")
    except KeyError:
        print("  except: returning 'handled'")
        return "handled"
    finally:
        print("  finally after except-return")

print("ret_in_except ->", ret_in_except())

def ret_in_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("  finally after else-return")

print("ret_in_else ->", ret_in_else())

def break_in_try():
    for i in range(10):
        try:
            if i == 3:
                print("  break at", i)
                break
            print("  body", i)
        finally:
            print("  finally", i)
    return i

print("break_in_try ->", break_in_try())

def continue_in_try():
    seen = []
    for i in range(5):
        try:
            if i % 2 == 0:
                continue
            seen.append(i)
        finally:
            seen.append("f%d" % i)
    return seen

print("continue_in_try ->", continue_in_try())

def break_in_finally():
    for i in range(5):
        try:
            print("  body", i)
            if i == 2:
                raise ValueError("discarded by break")
        finally:
            if i == 2:
                break
    return "loop ended at %d" % i

print("break_in_finally ->", break_in_finally())

def continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                raise RuntimeError("discarded by continue")
            out.append(i)
        finally:
            continue
    return out

print("continue_in_finally ->", continue_in_finally())

def while_with_finally():
    n = 0
    log = []
    while True:
        n += 1
        try:
            if n == 4:
                break
            if n == 2:
                continue
            log.append("work %d" % n)
        finally:
            log.append("cleanup %d" % n)
    return log

print("while_with_finally ->", while_with_finally())

def nested_finally_return():
    log = []
    def f():
        try:
            try:
                log.append("inner try")
                return "inner"
            finally:
                log.append("inner finally")
        finally:
            log.append("outer finally")
    result = f()
    return result, log

print("nested_finally_return ->", nested_finally_return())

def return_through_loop_and_finally():
    for i in range(3):
        for j in range(3):
            try:
                if i == 1 and j == 2:
                    return (i, j)
            finally:
                print("  finally", i, j)

print("return_through_loop_and_finally ->", return_through_loop_and_finally())

def counter_in_finally():
    calls = 0
    def g(k):
        nonlocal calls
        try:
            if k < 0:
                raise ValueError(k)
            return k * 2
        finally:
            calls += 1
    results = []
    for k in [1, -1, 2, -2, 3]:
        try:
            results.append(g(k))
        except ValueError as e:
            results.append("err %s" % e)
    return results, calls

print("counter_in_finally ->", counter_in_finally())
