# next() on an exhausted iterator raises StopIteration, uncaught here.

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(next(c), next(c))
print(next(c, "default"), next(c, "default"))
for x in Countdown(2):
    print("loop", x)
it = iter([10, 20])
print(next(it), next(it))
print(next(it))
