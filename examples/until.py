# `until COND:` loops while COND is false -- the opposite of `while`.

countdown = 3
until countdown == 0:
    print(countdown, '...')
    countdown -= 1
print('Liftoff!')

# Search a list; the `else` branch runs only if the loop did not `break`.
guests = ['ada', 'grace', 'linus', 'guido']
i = 0
until i == len(guests):
    if guests[i].startswith('g'):
        print('First guest starting with g:', guests[i])
        break
    i += 1
else:
    print('Nobody starting with g is coming.')
