# Single-line bodies, headers split over lines, and soft keywords as names afterwards
x = 0
while not (x == 3): x += 1
print(x)
for _ in range(2): print('inline'); print('two')
while not ((x ==
       5)):
    x += 1
print(x)
for _ in range(\
  2):
    print('cont')
def f():
    while not (True): pass
    for _ in range(0): pass
    return 'ok'
print(f())
until = {'until': 1}
print(until['until'])
repeat = lambda n: n + 1
print(repeat(1))
