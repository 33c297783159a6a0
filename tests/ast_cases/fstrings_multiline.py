a = f"""
Name: {name}
Age: {age:>3}
"""
b = f'''line one {x}
line two {y!r}
line three {z=}'''
c = f"""{
x
}"""
d = f"""{x
+
y}"""
e = f"""
    {f(
        a,
        b,
    )}
"""
g = f"""{x:
>10}"""
h = rf"""
raw \d {x}
\n
"""
i = f"""{x}""" f"""{y}"""
j = (f"first {a}"
     f"second {b}"
     "third"
     f"fourth {c!r:>4}")
k = f"""{"nested"} {'quotes'} {"""triple"""}"""
l = f"""
{
    {"a": 1}["a"]
}
"""
m = f"""a\
b{x}c\
d"""
n = f"{x=}\n{y = }"
