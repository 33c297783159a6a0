# An uncaught RecursionError: the traceback collapses the repeated frames into a
# "[Previous line repeated N more times]" line.
import sys

sys.setrecursionlimit(60)
print("limit", sys.getrecursionlimit())

def depth_of(node):
    if node is None:
        return 0
    return 1 + depth_of(node.get("next"))

def build(n):
    head = None
    for i in range(n):
        head = {"value": i, "next": head}
    return head

short = build(10)
print("depth of short chain:", depth_of(short))
try:
    depth_of(build(100))
except RecursionError as e:
    print("caught:", type(e).__name__, e)

def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)
print(countdown(20))
try:
    countdown(1000)
except RecursionError as e:
    print("caught again:", e)

# a cycle makes the recursion unbounded
cyclic = {"value": 0, "next": None}
cyclic["next"] = cyclic
print("about to recurse forever")
print(depth_of(cyclic))
