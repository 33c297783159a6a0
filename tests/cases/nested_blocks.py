# Deeply nested blocks and indentation
def grid(n):
    rows = []
    for i in range(n):
        row = ''
        for j in range(n):
            if i == j:
                row += '\\'
            elif i + j == n - 1:
                row += '/'
            else:
                if (i + j) % 2 == 0:
                    row += '.'
                else:
                    row += ' '
        rows.append(row)
    return rows
for line in grid(5):
    print(line)
x = 0
while x < 3:
    for y in range(3):
        if y > x:
            break
        if (x + y) % 2:
            continue
        print('x', x, 'y', y)
    else:
        print('inner loop finished for x =', x)
    x += 1
if True:
  if True:
        if True:
            print('mixed indentation widths')
        print('back one level')
  print('back two levels')
def level1():
    def level2(v):
        if v:
            if v > 1:
                return 'deep'
            return 'shallow'
        return 'none'
    return level2(2) + ' ' + level2(1) + ' ' + level2(0)
print(level1())
