# until inside functions: names assigned in the body are fast locals
x = 'global x'
total = 'global total'
def accumulate(n):
    total = 0
    i = 0
    until i >= n:
        x = i * i
        total += x
        i += 1
    return total, x, i
print(accumulate(5))
print(x, '|', total)
def shadow(flag):
    until flag:
        y = 'assigned in body'
        flag = True
    return y
print(shadow(False))
def probe():
    # counts how many bodies ran by reading a local set in the body
    seen = []
    k = 3
    until k == 0:
        last = k
        seen.append(last)
        k -= 1
    else:
        seen.append('else')
    return seen, last
print(probe())
def uses_outer():
    return x
print(uses_outer())
