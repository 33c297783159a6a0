global total
total = 0
counter = 10


def bump(n):
    global counter, fresh
    counter += n
    fresh = counter * 2
    return counter


def outer():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def read():
        def deep():
            nonlocal count
            count = count + 100
            return count
        return deep

    inc()
    inc()
    return count, read()()


print(bump(5), counter, fresh)
print(outer())
total = total + 1
print(total)


def shadow():
    global len
    len = lambda x: 42
    return len("abc")


print(shadow(), len([1, 2]))
