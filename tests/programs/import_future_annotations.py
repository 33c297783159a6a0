# from __future__ import annotations: annotations are kept as strings and never evaluated,
# so forward references and undefined names are fine; plus the __main__ guard idiom.
from __future__ import annotations

import sys
import math

class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def append(self, value: int) -> Node:
        node = self
        while node.next is not None:
            node = node.next
        node.next = Node(value)
        return self

    def to_list(self) -> list[int]:
        out: list[int] = []
        node: Node | None = self
        while node is not None:
            out.append(node.value)
            node = node.next
        return out

def uses_undefined(x: ThisNameDoesNotExist, *args: AlsoMissing, **kw: dict[str, Nope]) -> Whatever:
    return x

def area(radius: float) -> float:
    return math.pi * radius ** 2

counter: int = 0
label: "already a string" = "x"
unassigned_annotation: SomeType

print(Node.__init__.__annotations__)
print(Node.append.__annotations__, Node.to_list.__annotations__)
print(uses_undefined.__annotations__)
print(uses_undefined("works anyway"), round(area(2.0), 4), area.__annotations__)
print(__annotations__ if "__annotations__" in dir() else "no module annotations")
print("unassigned_annotation" in globals(), counter, label)
print(Node(1).append(2).append(3).to_list())

class Config:
    name: str
    retries: int = 3
    ratio: float = 0.5
    def method(self, other: Config) -> Config:
        return other
print(Config.__annotations__, Config.retries, hasattr(Config, "name"), Config.method.__annotations__)

def local_annotations():
    inside: UndefinedType = 5
    return inside
print(local_annotations())

def main(argv: list[str]) -> int:
    print("main called with", len(argv), "argument(s); script name ends with .py:", argv[0].endswith(".py"))
    total = 0
    for n in range(1, 6):
        total += math.factorial(n)
    print("sum of factorials 1..5 =", total)
    return 0

print("__name__ is", repr(__name__))
if __name__ == "__main__":
    status = main(sys.argv)
    print("main returned", status)
else:
    print("imported, not run")
