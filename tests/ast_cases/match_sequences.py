match seq:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case [a, b]:
        pass
    case (a, b):
        pass
    case [a, b, *rest]:
        pass
    case [*head, tail]:
        pass
    case (first, *_, last):
        pass
    case [*_]:
        pass
    case [[1, 2], (3, 4), [*inner]]:
        pass
    case [1, "two", None, True, -3j]:
        pass
    case [a, b,]:
        pass
    case a, b, *c:
        pass
    case *a, b:
        pass
    case [x, y] | (x, y, _):
        pass
    case (1 | 2, 3 | 4):
        pass
    case ([a] as l, b):
        pass
