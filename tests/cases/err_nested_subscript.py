# KeyError in a subscript of a subscript
config = {'a': {'x': 1}, 'b': {'y': 2}}
print('a.x =', config['a']['x'])
print('b.y =', config['b']['y'])
value = config['a']['b']
print('unreachable', value)
