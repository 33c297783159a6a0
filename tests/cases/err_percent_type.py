# Error raised inside a % formatting operation
print('%d items' % 3)
print('%s and %r' % ('a', 'b'))
label = 'x'
msg = 'value: %d' % label
print(msg)
