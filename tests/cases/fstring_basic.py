name = "world"
width = 8
pi = 3.14159
print(f"hello {name}")
print(f"{name!r} {name!s} {name!a}")
print(f"[{name:>{width}}] [{pi:.2f}] [{pi:{width}.3}]")
print(f"{name=} {pi = :.1f} {width=!s}")
print(f"{'nested ' + f'{width * 2}'} {{braces}}")
print(f"" + f"{''}" + f"plain")
print("abc" f"{width}" "def" f"{width:03d}")
print(f"""multi
{name.upper()
 } line""")
print(f"{'é'!a} {3 + 4j} {-0.0} {10**20} {True}")
