# The count is evaluated once, before the first pass
n = 3
for _ in range(n):
    n += 1
    print(n)
print('final n =', n)
calls = [0]
def count():
    calls[0] += 1
    print('count() called')
    return 2
for _ in range(count()):
    print('body')
print('calls:', calls[0])
