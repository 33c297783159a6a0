# Error in the middle of a long line
data = {'alpha': [1, 2, 3], 'beta': [4, 5, 6], 'gamma': [7, 8, 9]}
print(len(data['alpha']) + len(data['beta']))
total = sum(data['alpha']) + sum(data['beta']) * max(data['gamma']) + len(data['delta']) - min(data['alpha']) + abs(-sum(data['gamma']))
print(total)
