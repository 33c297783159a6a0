names = ["ada", "grace"]
print(names[0] names[1])
