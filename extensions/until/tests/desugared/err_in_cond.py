# An error raised while evaluating the until condition
vals = [3, 2, 1, 0]
i = 0
while not (6 // vals[i] > 7):
    print('6 //', vals[i], '=', 6 // vals[i])
    i += 1
print('never')
