# return from inside until (and from loops nested inside it) in a function
def find(xs, target):
    i = 0
    until i == len(xs):
        if xs[i] == target:
            return i
        i += 1
    else:
        return -1
print(find([4, 5, 6], 6), find([4, 5, 6], 7), find([], 1))
def nested_return(n):
    a = 0
    until a == n:
        for x in range(n):
            b = 0
            until b == n:
                if a * x * b == 8:
                    return (a, x, b)
                b += 1
        a += 1
    return None
print(nested_return(3))
print(nested_return(5))
def ret_in_repeat():
    t = 0
    until False:
        repeat 10:
            t += 1
            if t == 7:
                return 'returned at ' + str(t)
print(ret_in_repeat())
def loop_after_return_values():
    results = []
    k = 0
    until k == 4:
        results.append(find([1, 2, 3], k))
        k += 1
    return results
print(loop_after_return_values())
