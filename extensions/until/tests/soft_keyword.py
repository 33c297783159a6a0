# until is a soft keyword: it still works as an ordinary name
until = 3
print(until)
until += 1
print(until)
until = [until, until * 2]
print(until[1])
k = 0
until k == until[0]:
    k += 1
print('k =', k)
def until_fn(until):
    return until + 1
print(until_fn(41))
until = 0
until until == 3:
    until = until + 1
    print('until is now', until)
print(until == 3)
