# String processing algorithms
def rle(s):
    if not s:
        return ''
    out = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(prev + str(count))
            prev = ch
            count = 1
    out.append(prev + str(count))
    return ''.join(out)
print(rle('aaabccddddde'), repr(rle('')), rle('x'))
def caesar(s, k):
    res = ''
    for ch in s:
        if 'a' <= ch <= 'z':
            res += chr((ord(ch) - ord('a') + k) % 26 + ord('a'))
        elif 'A' <= ch <= 'Z':
            res += chr((ord(ch) - 65 + k) % 26 + 65)
        else:
            res += ch
    return res
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3), caesar('xyz', 29))
def is_pal(s):
    t = ''
    for c in s.lower():
        if c.isalpha():
            t += c
    return t == t[::-1]
print(is_pal('A man, a plan, a canal: Panama'), is_pal('hello'), is_pal(''))
def words_rev(s):
    return ' '.join(reversed(s.split()))
print(words_rev('  the quick   brown fox '))
def count_vowels(s):
    n = 0
    for c in s:
        if c in 'aeiouAEIOU':
            n += 1
    return n
print(count_vowels('Programming Language'))
def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    neg = n < 0
    n = abs(n)
    out = ''
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return '-' + out if neg else out
print(to_base(255, 16), to_base(-255, 2), to_base(10 ** 20, 36), to_base(0, 7))
print(int(to_base(10 ** 20, 36), 36) == 10 ** 20)
def lcs(a, b):
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = max(prev[j], cur[j - 1])
        prev = cur
    return prev[-1]
print(lcs('ABCBDAB', 'BDCABA'), lcs('', 'abc'))
table = ''
for i in range(1, 4):
    row = ''
    for j in range(1, 4):
        row += '%4d' % (i * j)
    table += row + '\n'
print(table, end='')
csv = 'name,age\nann,30\nbob,25\n'
for line in csv.strip().split('\n')[1:]:
    name, age = line.split(',')
    print(name.capitalize(), int(age) + 1)
print('x'.join('abc').upper().replace('X', '-', 1))
