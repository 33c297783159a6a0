# until inside repeat inside until, with break/continue at every level
log = []
a = 0
until a >= 4:
    a += 1
    if a == 2:
        log.append('skip a2')
        continue
    r = 0
    repeat 5:
        r += 1
        if r == 2:
            continue
        if r == 4:
            break
        b = 0
        until b == 10:
            b += 1
            if b % 2 == 0:
                continue
            if b > 5:
                break
            log.append((a, r, b))
        else:
            log.append('inner else never')
    if a == 3:
        break
else:
    log.append('outer else never')
print(len(log))
i = 0
until i == len(log):
    print(log[i])
    i += 1
def inner_else(limit):
    out = []
    repeat 2:
        c = 0
        until c == limit:
            c += 1
            if c == 100:
                break
        else:
            out.append('else ran with c=' + str(c))
    return out
print(inner_else(3))
print(inner_else(0))
