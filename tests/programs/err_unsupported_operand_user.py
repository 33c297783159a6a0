# TypeError for an operator that neither user class supports.

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __repr__(self):
        return "Money(%d)" % self.cents

class Weight:
    def __init__(self, grams):
        self.grams = grams
    def __repr__(self):
        return "Weight(%d)" % self.grams

print(Money(150) + Money(275))
for a, b in [(Money(1), 5), (5, Money(1)), (Money(1), Weight(2))]:
    try:
        print(a + b)
    except TypeError as e:
        print("caught:", e)
try:
    print(Money(3) * 2)
except TypeError as e:
    print("caught:", e)
try:
    print(-Weight(3))
except TypeError as e:
    print("caught:", e)
try:
    print(Weight(3) < Weight(4))
except TypeError as e:
    print("caught:", e)
total = Money(0)
for w in [Money(10), Money(20), Weight(30)]:
    total = total + w
    print("running total", total)
