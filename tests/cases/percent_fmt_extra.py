# %-formatting with mapping keys and * width/precision
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%(x)5.1f|%(x)-8r|%%' % {'x': 2.25})
print('%*d|%-*d|%.*f' % (6, 1, 6, 2, 2, 3.14159))
print('%*s|' % (-5, 'ab'), '%.*s' % (1, 'xyz'))
