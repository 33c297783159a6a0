# Binary search over a sorted list
def bsearch(a, target):
    lo = 0
    hi = len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        elif a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
data = list(range(0, 200, 3))
for t in [0, 3, 99, 100, 198, 197, -1]:
    print(t, bsearch(data, t))
print(bsearch([], 5))
words = ['ant', 'bee', 'cat', 'dog', 'eel']
print(bsearch(words, 'dog'), bsearch(words, 'cow'))
