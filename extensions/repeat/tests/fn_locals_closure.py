# repeat inside functions: body assignments are fast locals, visible to closures
acc = 'global acc'
def build(n):
    fs = []
    i = 0
    repeat n:
        sq = i * i
        def get(base=i):
            return (base, sq)
        fs.append(get)
        i += 1
    return fs
fs = build(3)
print(fs[0](), fs[1](), fs[2]())
print(acc)
def shadow():
    repeat 2:
        acc = 'local acc'
    return acc
print(shadow(), acc)
def count_down(n):
    log = []
    repeat n:
        log.append(n)
        n -= 1
    return log, n
print(count_down(4))
