# NameError on an expression continued over several lines
a = (1 +
     2)
print(a)
x = (1 +
     undefined_name)
print(x)
