match command.split():
    case name:
        print(name)

match point:
    case _:
        pass

match color:
    case Color.RED:
        pass
    case a.b.c.d:
        pass
    case mod.CONST | other.CONST:
        pass
    case x if x > 0:
        pass
    case y if (z := y * 2) and z < 10:
        pass
    case _ if cond:
        pass

match value:
    case (name):
        pass

match a, b:
    case 1, 2:
        pass
    case x, *rest:
        pass
    case *_, last:
        pass

match *a, b:
    case _:
        pass

match (x):
    case 1,:
        pass

match x,:
    case y:
        pass
