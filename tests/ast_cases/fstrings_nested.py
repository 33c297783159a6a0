a = f"{x["a"]}"
b = f'{x['a']}'
c = f"{f"{x}"}"
d = f"{f"{f"{x}"}"}"
e = f"{f'{x}'}"
f_ = f"{'a' if x else "b"}"
g = f"{"\n".join(lines)}"
h = f"{x:{f"{y}"}}"
i = f"{",".join(f"{k}={v}" for k, v in d.items())}"
j = f"{[f"{i}" for i in range(3)]}"
k = f"{x # comment
}"
l = f"{
    x
}"
m = f"""{
    a
    + b
}"""
n = f"{{"
o = f"}}"
p = f"{x!r}" f"{y!s}"
q = f"{x:{y!r}}"
r = f"{'{'}"
s = f"{'}'}"
t = f"{"""triple"""}"
u = f"""{'''inner'''}"""
v = f'{d["key"]["sub"]}'
x_ = f"{(lambda: 1)}"
y = f"{x:{"<"}10}"
z = f"level1 {f"level2 {f"level3 {x}"}"}"
