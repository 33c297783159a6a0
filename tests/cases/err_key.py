# KeyError on missing dict key
ages = {'ann': 31, 'bob': 42}
print(ages['ann'])
print(ages.get('cy'))
print(ages['cy'])
