a = (1)
b = ((2))
c = (  3  )
d = (1 +
     2)
e = (x
     .y)
f_ = (
    lambda: 0
)
g = ((a), (b))
h = (a)(b)
i = (a)[b]
j = (a).b
k = (yield_)
l = -(x)
m = not (x)
n = (a) + (b) * (c)
o = (a if b else c)
p = [(x) for (x) in (y) if (x)]
q = (x, y)
r = (x,)
s = ((x, y), z)
if (a and
        b):
    pass
t = (  # comment
    1
)
u = (a
     < b
     < c)
v = (f"{x}"
     "y")
