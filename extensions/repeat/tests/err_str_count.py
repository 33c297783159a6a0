# Non-integer counts: the error names the type; raised inside a function
def run(n):
    out = 0
    repeat n:
        out += 1
    return out
print(run(3), run(True), run(-4))
print('now a string')
print(run('3'))
