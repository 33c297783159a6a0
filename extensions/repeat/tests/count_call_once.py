# The count expression (here a call) is evaluated exactly once
log = []
def how_many(n):
    print('how_many called with', n)
    log.append(n)
    return n
k = 0
repeat how_many(3):
    k += 1
    print('pass', k, 'calls so far', len(log))
def nested():
    out = ''
    repeat how_many(2):
        repeat how_many(3):
            out += 'x'
        out += '|'
    return out
print(nested())
print(log)
counts = [2, 5]
repeat counts.pop():
    counts.append(99)
print(counts)
