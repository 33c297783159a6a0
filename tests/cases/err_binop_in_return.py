# TypeError from a binary op inside a call inside a return
def describe(n):
    return 'n=' + str(n)
def label(n):
    return describe(n) + n * 2
print(describe(3))
print(label('ok'))
print(label(5))
