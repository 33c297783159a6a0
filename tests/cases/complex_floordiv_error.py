x = 1j
print(x // 2)
