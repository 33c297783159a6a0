# ValueError from int() deep inside nested calls
def parse(tokens):
    return sum(map_int(tokens))
def map_int(tokens):
    out = []
    for t in tokens:
        out.append(abs(int(t.strip())))
    return out
print(parse(['1', ' 2', '-3 ']))
print(parse(['4', 'x5', '6']))
