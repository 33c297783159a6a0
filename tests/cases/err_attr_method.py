# AttributeError on a method that does not exist
s = 'hello'
print(s.upper(), s.title())
n = len(s)
print(n)
result = s.strip().nope(n)
