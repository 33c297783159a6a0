# Default parameter values and keyword arguments
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(base=2, exp=5), power(2, exp=10))
print(power(exp=3, base=4))
def describe(name, age=30, city='Paris'):
    print(name, age, city)
describe('Ann')
describe('Bob', 25)
describe('Cy', city='Rome')
describe(city='Oslo', name='Di')
describe('Ed', 40, 'Lima')
def counter(start=0, step=1, stop=5):
    out = []
    i = start
    while i < stop:
        out.append(i)
        i += step
    return out
print(counter())
print(counter(step=2))
print(counter(1, stop=4))
N = 7
def default_evaluated_once(x=N):
    return x
N = 99
print(default_evaluated_once())
def shared(acc=[]):
    acc.append(len(acc))
    return acc
print(shared())
print(shared())
print(shared([]))
def none_default(v=None):
    if v is None:
        return 'no value'
    return v
print(none_default(), none_default(0), none_default(v='given'))
print('a', 'b', sep='')
