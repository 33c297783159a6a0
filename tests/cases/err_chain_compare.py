# TypeError in the middle of a chained comparison
print(1 < 2 < 3, 3 > 2 > 2, 1 < 'a' if False else 'skipped')
x = 5
print(0 < x <= 10 != 11)
print(0 < x < 'ten')
