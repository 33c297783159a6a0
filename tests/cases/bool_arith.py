# Booleans as integers and truthiness
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~1, ~0)
print(True == 1, False == 0, True is True, 1 == 1.0 == True)
print(sum([True, True, False, True]), sum([1, 2], 10), sum([0.5, 0.25]), sum([]))
print(bool(0), bool(0.0), bool(''), bool([]), bool(()), bool({}), bool(None), bool(-0.0))
print(bool(1), bool(' '), bool([0]), bool((None,)), bool({0: 0}), bool(float('nan')))
print(int(True), float(False), str(True), repr(False), True & False, True | False, True ^ True)
print(True << 3, 5 + (3 > 2), [10, 20][True], 'ab'[False])
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any('0'), all([[]]))
print(isinstance(True, int), isinstance(1, bool), type(True) is bool, type(1) is int)
print(max(True, 2), min(False, -1), abs(True), divmod(True, 2), pow(True, 5))
print(True > False, sorted([True, 0, -1, False, 2]), hash(True), hash(False))
x = 0
x += True
x += True
print(x, type(x) is int)
print(1 and 'a', 0 and 'a', '' or 0 or None, [] or {} or (), None or 'dflt')
print(bool('False'), not None, not not [], 3 > 2 > 1 and 'yes')
