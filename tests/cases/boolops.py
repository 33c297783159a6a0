# Boolean operators return operands
print(0 or 'x')
print('' or [] or 0)
print(1 and 2)
print(0 and 1 / 0)
print(None or None)
print([] and 'never')
print('a' and 'b' or 'c')
print(0 and 'b' or 'c')
print(not 0, not 1, not '', not 'x', not [], not None)
print(not not 5)
print(True and False, True or False, False or False)
print(1 < 2 and 3 < 4, 1 > 2 or 'fallback')
def side(name, value):
    print('called', name)
    return value
print(side('a', 0) and side('b', 1))
print(side('c', 1) or side('d', 1))
print(side('e', 1) and side('f', 0) or side('g', 'last'))
print(bool(0), bool(3), bool(''), bool('0'), bool([0]), bool({}), bool(0.0))
print(bool(None), bool(()), bool(-1))
x = 5
print(x > 0 and x < 10, not x > 3)
print(0 or 0.0 or '' or 'end')
