# An uncaught ExceptionGroup: the traceback shows each sub-exception in a nested, numbered tree.

class TaskError(Exception):
    pass

def run_task(name, value):
    if value < 0:
        raise ValueError(f"{name}: negative input {value}")
    if value == 0:
        raise ZeroDivisionError(f"{name}: cannot divide by zero")
    return 100 // value

def run_all(tasks):
    results, errors = {}, []
    for name, value in tasks:
        try:
            results[name] = run_task(name, value)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(tasks)} tasks failed", errors)
    return results

print(run_all([("a", 5), ("b", 20)]))
try:
    run_all([("c", 0), ("d", 4)])
except* ZeroDivisionError as g:
    print("handled:", [str(e) for e in g.exceptions])

def nested():
    inner = ExceptionGroup("inner batch", [TypeError("bad type"), KeyError("missing")])
    try:
        run_all([("e", -1), ("f", 0), ("g", 2)])
    except ExceptionGroup as outer:
        raise ExceptionGroup("pipeline failed", [outer, inner, TaskError("final step")])

nested()
