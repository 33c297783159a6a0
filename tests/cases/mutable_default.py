# Default arguments are evaluated once, at def time
def append_to(item, lst=[]):
    lst.append(item)
    return lst
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def cache_get(key, cache={}):
    if key in cache:
        return 'hit ' + str(cache[key])
    cache[key] = len(cache)
    return 'miss ' + str(cache[key])
print(cache_get('a'), cache_get('b'), cache_get('a'), cache_get('c'), cache_get('b'))
n = 5
def uses_n(x=n):
    return x
n = 6
print(uses_n(), uses_n(1), n)
def trace(msg):
    print('evaluating default', msg)
    return msg
def f(a=trace('first'), b=trace('second')):
    return a + b
print('defined f')
print(f(), f('x'), f(b='y'), f('p', 'q'))
def g(a, b=2, c=3):
    return (a, b, c)
print(g(1), g(1, c=9), g(c=0, a=5), g(1, 2), g(b=7, a=8, c=9))
h = lambda a, b=[]: b.append(a) or len(b)
print(h(1), h(2), h(3, []), h(4))
def kw_only_order(x, y=10):
    return x - y
print(kw_only_order(y=1, x=100), kw_only_order(3))
