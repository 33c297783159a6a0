match config:
    case {}:
        pass
    case {"key": value}:
        pass
    case {"a": 1, "b": 2}:
        pass
    case {"a": x, **rest}:
        pass
    case {**rest}:
        pass
    case {1: one, -2: two, 3j: three, None: n, True: t}:
        pass
    case {Const.KEY: v, mod.a.b: w}:
        pass
    case {"nested": {"deep": [1, *more]}}:
        pass
    case {"a": 1, "b": 2,}:
        pass
    case {"x": _, **kw,}:
        pass
    case {"k": (1 | 2) as k}:
        pass
    case {b"bytes": v, "s" "t": w}:
        pass
    case {-1 + 2j: c}:
        pass
