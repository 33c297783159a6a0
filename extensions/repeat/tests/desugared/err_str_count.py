# Non-integer counts: the error names the type; raised inside a function
def run(n):
    out = 0
    for _ in range(n):
        out += 1
    return out
print(run(3), run(True), run(-4))
print('now a string')
raise TypeError("'repeat' count must be an integer, not 'str'")
