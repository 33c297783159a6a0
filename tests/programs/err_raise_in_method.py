# An exception raised inside a method, called from another method, uncaught.

class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        print("push", x, "->", self.items)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty Stack")
        x = self.items.pop()
        print("pop", x, "->", self.items)
        return x

    def pop_many(self, n):
        return [self.pop() for _ in range(n)]

s = Stack()
for i in range(3):
    s.push(i * i)
print(s.pop_many(2))
print(s.pop_many(2))
