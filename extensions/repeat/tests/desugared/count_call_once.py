# The count expression (here a call) is evaluated exactly once
log = []
def how_many(n):
    print('how_many called with', n)
    log.append(n)
    return n
k = 0
_repeat_n = how_many(3)
for _repeat_i in range(_repeat_n):
    k += 1
    print('pass', k, 'calls so far', len(log))
def nested():
    out = ''
    _repeat_n1 = how_many(2)
    for _repeat_i1 in range(_repeat_n1):
        _repeat_n2 = how_many(3)
        for _repeat_i2 in range(_repeat_n2):
            out += 'x'
        out += '|'
    return out
print(nested())
print(log)
counts = [2, 5]
for _ in range(counts.pop()):
    counts.append(99)
print(counts)
