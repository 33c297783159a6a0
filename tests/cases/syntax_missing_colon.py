x = 3
while x
    x -= 1
print(x)
