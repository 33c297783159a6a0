# Bubble sort and insertion sort on lists
def bubble_sort(a):
    a = a[:]
    n = len(a)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps
def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
data = [5, 2, 9, 1, 5, 6, -3, 0]
print(bubble_sort(data))
print(insertion_sort(data))
print(data)
print(bubble_sort(['pear', 'apple', 'fig', 'banana']))
print(bubble_sort([]), bubble_sort([1]))
copy = data[:]
copy.sort()
print(copy == insertion_sort(data))
