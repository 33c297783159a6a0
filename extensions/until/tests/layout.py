# Single-line bodies, headers split over lines, and soft keywords as names afterwards
x = 0
until x == 3: x += 1
print(x)
repeat 2: print('inline'); print('two')
until (x ==
       5):
    x += 1
print(x)
repeat \
  2:
    print('cont')
def f():
    until True: pass
    repeat 0: pass
    return 'ok'
print(f())
until = {'until': 1}
print(until['until'])
repeat = lambda n: n + 1
print(repeat(1))
