def handle(command):
    match command.split():
        case [action]:
            return action
        case [action, obj]:
            return action, obj
        case ["go", direction] if direction in DIRS:
            return direction
        case ["drop", *objects]:
            return objects
        case _:
            return None

match (a, b):
    case (0, 0):
        pass

match {"x": 1}:
    case {"x": int(x)}:
        pass

match [1, 2]:
    case [int(), str()] | [str(), int()]:
        pass

match f(x):
    case Point(x=1) | Point(y=1):
        pass

match x.y[0]:
    case -0:
        pass

match await_:
    case 1:
        match inner:
            case 2:
                pass

match -x:
    case 1:
        pass

match x if y else z:
    case 1:
        pass

match lambda_:
    case {**rest}: pass
    case []: pass

match a := b:
    case c: pass

match [x, y]:
    case [x, y]: pass

match {1, 2}:
    case _: pass

match not x:
    case True: pass

match x, *y:
    case (1, *_): pass
