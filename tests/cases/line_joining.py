# Implicit line joining, backslash continuation, semicolons, comments
numbers = [
    1, 2, 3,   # a comment inside brackets
    4, 5,
]
print(numbers)
total = (1 +
         2 +
         3)
print(total)
d = {
    'a': 1,

    'b': 2,
}
print(d)
value = 10 + \
    20 + \
    30
print(value)
a = 1; b = 2; c = a + b
print(a, b, c)
print('semi'); print('colons');
if a == 1: print('inline if'); print('second stmt')
def f(x,
      y=3):
    return (x
            * y)
print(f(2),
      f(4, y=5))
# full-line comment


     # indented comment at odd indentation
x = [1, [2,
    3], (4,
  5)]
print(x)
long_string = ('part one '
               'part two')
print(long_string)
if a == 1 and \
   b == 2:
    print('backslash in condition')
print(len('abc'
          'def'))
