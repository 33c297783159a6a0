x = 1 + \
    2
y = \
    3
if a and \
   b:
    pass
z = "abc" \
    "def"
def f(a,
      b):
    return a + \
        b
w = [1,
2,
     3]
assert x, \
    "msg"
with a as b, \
     c as d:
    pass
v = (1 +
     2) * \
    3
import os, \
    sys
u = 1 if x \
    else 2
t = lambda: \
    0
s = x \
    .y \
    .z
