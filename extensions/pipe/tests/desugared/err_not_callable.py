# The right operand must be callable.
print('before')
print(7(5))
