match = 1
case = 2
type = 3
_ = 4
match.x = 5
case.y = 6
type.z = 7
match(x)
case(y)
type(z)
match[0]
type[0] = 1
match, case = 1, 2
print(match, case, type, _)
def match(): pass
def case(type, match=1, *_): return type
class type: pass
class _(match): pass
match = match + case - type
x = match if case else type
import match
from case import type as match
f(match=1, case=2, type=3, _=4)
match * x
match - x
match -x
match (x)
match[x]
match.case
type.type
type = type(type)
lambda match, case, type: match
for match in case: pass
match x:
    case match:
        pass
match match:
    case case:
        pass
match(match):
    case [type]:
        pass
match = [match for match in match]
type X = match
type type = type
def f(match): return match, case, type
match: int = 1
case: str
_: int = 0
print(_._)
match * x, y
match -x, y
match(x, y)
