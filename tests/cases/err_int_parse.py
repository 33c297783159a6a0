# ValueError from int() parsing
print(int('123'))
print(int(' 45 '))
print(int('abc'))
