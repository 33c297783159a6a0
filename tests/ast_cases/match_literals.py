match x:
    case 0:
        pass
    case 1 | 2 | 3:
        pass
    case -1:
        pass
    case -0.5:
        pass
    case 1.5e10:
        pass
    case 3j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case -0.5 + 1.5j:
        pass
    case 0x1F | 0o17 | 0b101 | 1_000:
        pass
    case "s":
        pass
    case 'a' "b" 'c':
        pass
    case b"bytes":
        pass
    case r"raw\d":
        pass
    case """triple""":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case -9 | None | True | "x":
        pass
