# Long-running loops: a few hundred thousand iterations
total = 0
i = 0
while i < 300000:
    total += i * i % 7
    i += 1
print(total)
acc = 0
for k in range(250000):
    if k % 3 == 0:
        continue
    acc ^= k
print(acc)
s = 0
for a in range(400):
    for b in range(400):
        s += (a + b) & 3
print(s)
x = 1
for n in range(100000):
    x = (x * 1103515245 + 12345) % 2147483648
print(x)
def f(v):
    return v + 1
c = 0
for n in range(100000):
    c = f(c)
print(c)
lst = []
for n in range(100000):
    lst.append(n % 10)
print(len(lst), sum(lst))
