# An uncaught user-defined exception with a custom __str__ and extra attributes.

class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(account, needed)
        self.account = account
        self.needed = needed

    def __str__(self):
        return "account %s is short by %d" % (self.account, self.needed)

class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.name, amount - self.balance)
        self.balance -= amount
        print("%s withdrew %d, balance %d" % (self.name, amount, self.balance))

acct = Account("alice", 100)
for amount in [30, 50, 15, 10]:
    try:
        acct.withdraw(amount)
    except InsufficientFunds as e:
        print("handled:", e, e.args, e.needed)
acct.withdraw(40)
print("not reached")
