# The right operand must be callable.
print('before')
print(5 |> 7)
