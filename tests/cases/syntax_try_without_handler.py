try:
    value = 1
print(value)
