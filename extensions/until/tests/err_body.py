# A runtime error inside an until body propagates with its traceback
def step(d, key):
    return d[key] + 1
data = {'a': 1, 'b': 2}
keys = ['a', 'b', 'c']
i = 0
until i == len(keys):
    print('step', keys[i], step(data, keys[i]))
    i += 1
print('never reached')
