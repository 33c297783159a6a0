a = ((((((((((((((((((((1))))))))))))))))))))
b = [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]
c = {1: {2: {3: {4: {5: {6: {7: {8: {9: {10: None}}}}}}}}}}
d = f(g(h(i(j(k(l(m(n(o(p(q(r(s(t(u(v(w(x(y(z))))))))))))))))))))
e = (1, (2, (3, (4, (5, (6, (7, (8, (9, (10,))))))))))
f_ = [(({[({[1]})]}))]
g = a[b[c[d[e[f[g[h[i[j[0]]]]]]]]]]
h = -(-(-(-(-(-(-(-(1))))))))
i = not not not not not not not not x
j = lambda: lambda: lambda: lambda: lambda: 0
k = 1 if (2 if (3 if (4 if 5 else 6) else 7) else 8) else 9
l = [[x for x in [y for y in [z for z in [w for w in range(2)]]]]]
m = ((((
    1
    +
    2
))))
def f1():
    def f2():
        def f3():
            def f4():
                def f5():
                    def f6():
                        return 1
                    return f6
                return f5
            return f4
        return f3
    return f2
if a:
    if b:
        if c:
            if d:
                if e:
                    if f:
                        if g:
                            if h:
                                pass
