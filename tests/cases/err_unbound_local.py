# UnboundLocalError: local assigned after use
total = 5
def add_one():
    total = total + 1
    return total
print('calling')
print(add_one())
