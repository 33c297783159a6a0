# Argument binding errors for methods, constructors, lambdas and nested functions (qualified names in messages).

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Account:
    def __init__(self, owner, balance=0, *, currency="EUR"):
        self.owner, self.balance, self.currency = owner, balance, currency
    def deposit(self, amount, /, note=None):
        self.balance += amount
        return (self.balance, note)
    def transfer(self, other, amount, *, fee):
        return (other.owner, amount, fee)
    @classmethod
    def open(cls, owner, *, bonus):
        return cls(owner, bonus)
    @staticmethod
    def validate(code):
        return len(code) == 4
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance}, {self.currency})"

acct = Account("ann", 5, currency="USD")
print(acct, acct.deposit(10), acct.deposit(1, note="x"), Account.open("bob", bonus=3), Account.validate("1234"))
show("init missing", lambda: Account())
show("init too many", lambda: Account("a", 1, 2))
show("init bad kw", lambda: Account("a", color="red"))
show("init kwonly positional", lambda: Account("a", 1, "EUR"))
show("method missing", lambda: acct.deposit())
show("method posonly as kw", lambda: acct.deposit(amount=5))
show("method too many", lambda: acct.deposit(1, 2, 3))
show("unbound no self", lambda: Account.deposit(5))
show("unbound missing", lambda: Account.transfer(acct))
show("kwonly missing", lambda: acct.transfer(acct, 5))
show("kwonly as positional", lambda: acct.transfer(acct, 5, 1))
show("classmethod kwonly", lambda: Account.open("x"))
show("classmethod extra", lambda: Account.open("x", 1, bonus=2))
show("staticmethod missing", lambda: Account.validate())
show("staticmethod via instance extra", lambda: acct.validate("a", "b"))
show("multiple values", lambda: acct.transfer(acct, amount=1, other=acct, fee=0))
show("repr extra", lambda: acct.__repr__(1))

def outer():
    def inner(a, b, /, c, *, d):
        return a, b, c, d
    return inner
inner = outer()
print(inner(1, 2, 3, d=4), inner.__qualname__)
show("nested missing", lambda: inner(1))
show("nested missing kwonly", lambda: inner(1, 2, 3))
show("nested posonly kw", lambda: inner(1, b=2, c=3, d=4))
show("nested posonly both kw", lambda: inner(a=1, b=2, c=3, d=4))
show("nested many missing", lambda: inner())
lam = lambda x, y=1, *rest, z: (x, y, rest, z)
print(lam(0, z=9), lam(0, 1, 2, 3, z=4))
show("lambda missing", lambda: lam())
show("lambda kw missing", lambda: lam(1))
show("lambda unexpected", lambda: lam(1, z=2, w=3))

def no_args():
    return "none"
def three(a, b, c):
    return a + b + c
def kw_only(*, x, y, z):
    return x, y, z
show("no args given one", lambda: no_args(1))
show("no args given kw", lambda: no_args(x=1))
show("three missing three", lambda: three())
show("three missing two", lambda: three(1))
show("three given four", lambda: three(1, 2, 3, 4))
show("kw only positional", lambda: kw_only(1))
show("kw only missing all", lambda: kw_only())
show("kw only missing two", lambda: kw_only(y=1))

# call-site unpacking errors
show("star non-iterable", lambda: three(*5))
show("star none", lambda: three(*None))
show("starstar list", lambda: kw_only(**[("x", 1)]))
show("starstar dup with kw", lambda: kw_only(x=1, **{"x": 2, "y": 3, "z": 4}))
show("starstar dup two dicts", lambda: kw_only(**{"x": 1}, **{"x": 2}))
show("starstar int key", lambda: kw_only(**{1: 2}))
print(three(*"abc"), three(*[1], *(2,), *{3: 0}), kw_only(**{"x": 1}, **{"y": 2}, z=3), three(1, *[2], c=3))

# builtins bind arguments too
show("len two args", lambda: len([], []))
show("len keyword", lambda: len(obj=[]))
show("sorted positional key", lambda: sorted([1], len))
show("int keyword", lambda: int(x="5"))
show("divmod one", lambda: divmod(1))
show("isinstance three", lambda: isinstance(1, int, int))
