# An uncaught exception group as a traceback tree: more than 15 members (the rest summarised), chained causes inside members, notes, a clause that raises.
def leaf(i):
    try:
        raise ValueError(i)
    except ValueError as e:
        raise KeyError(i) from e

def wide():
    errs = []
    for i in range(17):
        try:
            leaf(i) if i == 0 else (_ for _ in ()).throw(TypeError(i))
        except Exception as e:
            errs.append(e)
    g = ExceptionGroup("wide", errs)
    g.add_note("note on group")
    return g

def deep(n):
    g = ExceptionGroup("level 0", [ValueError("bottom")])
    for i in range(1, n):
        g = ExceptionGroup(f"level {i}", [g])
    return g

def main():
    try:
        raise wide()
    except* KeyError:
        pass
try:
    main()
except ExceptionGroup as e:
    print(len(e.exceptions))
try:
    raise deep(13)
except* ValueError as g:
    print("deep ok", g.exceptions[0].message)
def outer():
    try:
        raise wide()
    except* TypeError:
        raise RuntimeError("handler broke")
try:
    outer()
finally:
    print("printing tree:")
