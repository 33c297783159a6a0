x = 1
def f(a,
      b):
    return a + \
        b
s = """line1
line2"""
t = f"""{x}
{y}"""
if x:
    pass
