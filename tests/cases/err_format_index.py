# str.format with a missing positional argument
print('{0} {1}'.format('a', 'b'))
print('{} {}'.format(1, 2))
template = '{0}'
print(template.format())
