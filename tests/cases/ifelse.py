# if / elif / else and conditional expressions
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for v in [-5, 0, 3, 42]:
    print(v, classify(v))
x = 7
if x % 2:
    print('odd')
else:
    print('even')
if x > 100:
    print('huge')
if []:
    print('empty list is truthy?')
elif {}:
    print('empty dict is truthy?')
else:
    print('both empty containers are falsy')
print('yes' if x > 5 else 'no')
print('a' if 0 else 'b' if 0 else 'c')
y = 10 if x else 20
print(y)
if x: print('one-line if')
if not x: print('never')
else: print('one-line else')
if x > 5:
    if x > 6:
        print('x > 6')
    else:
        print('x == 6')
