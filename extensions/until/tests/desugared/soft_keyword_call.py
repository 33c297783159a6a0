# until as a function name: call statements must stay calls
calls = []
def until(x):
    calls.append(x)
    print('until called with', x)
    return x == 3
until(5)
until (6)
until(until(3))
r = until(3) and until(4)
print(r, calls)
print(until)  if False else print('callable:', callable(until))
k = 0
while not (until(k)):
    k += 1
print('k =', k)
while not ((k == 0) or k > 100):
    k -= 1
print('k back to', k)
until(k)
fns = [until]
fns[0](7)
print(len(calls))
