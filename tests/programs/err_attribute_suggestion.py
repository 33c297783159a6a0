# An uncaught AttributeError whose message carries a "Did you mean" suggestion.

class Account:
    interest_rate = 0.02

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"cannot withdraw {amount} from {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

acct = Account("ann", 10)
print(acct.deposit(5), acct.withdraw(3), acct.history)
try:
    acct.withdraw(100)
except ValueError as e:
    print(type(e).__name__, e)

for name in ["deposite", "histroy", "owner", "interest_rate", "zzz"]:
    try:
        value = getattr(acct, name)
        print(name, "->", value if not callable(value) else "method")
    except AttributeError as e:
        print(name, "->", type(e).__name__, e, "| name:", e.name, "| obj is acct:", e.obj is acct)

print(hasattr(acct, "balanse"), getattr(acct, "balanse", "default"))
print("suggestions appear only in the traceback display")
print(acct.balanse)
