value = 3
print(f"value is {value}")
print(f"{value:zz}")
