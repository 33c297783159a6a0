f(a, "x,y", b.c=1)
