match value:
    case 1 | 2:
        pass
    case (1 | 2) as n:
        pass
    case [1, 2] as pair:
        pass
    case (Point(x=0) as origin) | (Point(y=0) as origin):
        pass
    case (a as b) as c:
        pass
    case {"k": v} as mapping if mapping:
        pass
    case ([x] | (x,)) as single:
        pass
    case "a" | "b" | "c" | "d":
        pass
    case _ as anything:
        pass

match event:
    case Click(position=(x, y)) | Touch(at=(x, y)):
        pass
    case KeyPress(key_name="Q") | Quit():
        pass
    case (
        1
        | 2
        | 3
    ):
        pass

match x:
    case (
        [a, b]
        | {"a": a, "b": b}
    ) as both if a < b:
        pass
    case _:
        pass
