# Nested repeat blocks, and repeat inside a function
row = 0
repeat 3:
    row += 1
    line = ''
    repeat row:
        line += '*'
    print(line)
def stars(n, width):
    out = []
    repeat n:
        s = ''
        repeat width:
            s += '#'
        out.append(s)
    return out
print(stars(2, 4))
count = 0
repeat 4:
    repeat 5:
        repeat 6:
            count += 1
print(count)
