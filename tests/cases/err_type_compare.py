# TypeError from an ordering comparison in a chained comparison inside sorted key
items = [3, 1, 2]
print(sorted(items))
lo = 0
print(lo < items[0] <= 3)
print(lo < items[1] < 'z')
