# repeat is a soft keyword: it still works as an ordinary name
repeat = [1]
print(repeat[0])
repeat.append(2)
print(repeat)
repeat = len(repeat)
repeat repeat:
    print('repeat is', repeat)
def repeat_twice(repeat):
    return repeat * 2
print(repeat_twice('ab'))
repeat = 3
repeat += 1
print(repeat)
