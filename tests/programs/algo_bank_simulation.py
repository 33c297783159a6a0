# A bank simulation: account classes with inheritance, a ledger, custom exceptions, interest,
# overdraft rules, transfers that roll back on failure, and a final statement report.

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, available {account.available():.2f}")
        self.account, self.amount = account, amount

class AccountFrozen(BankError):
    pass

class Account:
    _next_id = 1000
    kind = "basic"

    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("opening balance must be non-negative")
        self.id = Account._next_id
        Account._next_id += 1
        self.owner, self.balance, self.frozen = owner, balance, False
        self.history = [("open", balance)]

    def available(self):
        return self.balance

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        pass

    def __repr__(self):
        return f"<{self.kind} #{self.id} {self.owner} {self.balance:.2f}>"

class Savings(Account):
    kind = "savings"
    def __init__(self, owner, balance=0, rate=0.01):
        super().__init__(owner, balance)
        self.rate = rate
    def month_end(self):
        interest = round(self.balance * self.rate, 2)
        if interest:
            self.balance += interest
            self.history.append(("interest", interest))

class Checking(Account):
    kind = "checking"
    fee = 2.5
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self.balance + self.overdraft
    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee
            self.history.append(("fee", self.fee))

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src_id, dst_id, amount):
        src, dst = self.accounts[src_id], self.accounts[dst_id]
        snapshot = (src.balance, len(src.history), dst.balance, len(dst.history))
        try:
            src.withdraw(amount)
            dst.deposit(amount)
        except BankError:
            src.balance, dst.balance = snapshot[0], snapshot[2]
            del src.history[snapshot[1]:], dst.history[snapshot[3]:]
            raise
    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()
    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)

bank = Bank()
ann = bank.open(Savings, "ann", 1000, rate=0.02)
bob = bank.open(Checking, "bob", 50)
cy = bank.open(Account, "cy")
print(ann, bob, cy, bank.total())
operations = [
    ("deposit", cy, 20), ("withdraw", bob, 120), ("withdraw", bob, 100), ("deposit", ann, -5),
    ("withdraw", cy, 25.5), ("transfer", ann, bob, 300), ("transfer", cy, ann, 500),
]
for op in operations:
    try:
        if op[0] == "transfer":
            bank.transfer(op[1].id, op[2].id, op[3])
        else:
            getattr(op[1], op[0])(op[2])
        print("ok   ", op[0], [o.owner if isinstance(o, Account) else o for o in op[1:]])
    except (BankError, ValueError) as e:
        print("fail ", op[0], type(e).__name__, "-", e)
bank.month_end()
cy.frozen = True
try:
    bank.transfer(bob.id, cy.id, 10)
except AccountFrozen as e:
    print("frozen:", e, "| bob unchanged:", bob.balance)
try:
    bank.open(Account, "dan", -1)
except ValueError as e:
    print("open failed:", e)
for acct in bank.accounts.values():
    print(acct, acct.history)
print("total", bank.total(), sorted(bank.accounts.values(), key=lambda a: -a.balance))
