# Private names (__x) inside a class body are mangled to _Class__x: attributes,
# variables, parameters, globals, comprehensions, annotations and slots.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Account:
    __slots__ = ('__balance', 'owner')
    __count = 0

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1

    def __check(self, amount, __limit=1000, *, __fee=1):
        return amount + __fee <= min(self.__balance, __limit)

    def withdraw(self, amount):
        if not self.__check(amount):
            raise ValueError(f"insufficient funds for {amount}")
        self.__balance -= amount
        return self.__balance

    @classmethod
    def count(cls):
        return cls.__count


a = Account("ann", 100)
print(a.withdraw(30), Account.count(), Account._Account__count, a._Account__balance)
show("outside access", lambda: a.__balance)
show("overdraw", lambda: a.withdraw(500))
print(sorted(k for k in Account.__dict__ if k.startswith('_Account')))
print(Account._Account__check.__code__.co_varnames)
print(Account._Account__check.__defaults__, Account._Account__check.__kwdefaults__)


# subclasses get their own private names: no clash with the base's
class Base:
    def __init__(self):
        self.__token = "base"

    def base_token(self):
        return self.__token


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__token = "derived"

    def derived_token(self):
        return self.__token


d = Derived()
print(d.base_token(), d.derived_token(), sorted(vars(d)))


# leading underscores of the class name are dropped; all-underscore names are not mangled
class _Hidden:
    def set(self):
        self.__v = 1
        return vars(self)


class ___:
    def set(self):
        self.__v = 1
        return vars(self)


print(_Hidden().set(), ___().set())

# dunder names and single-underscore names are left alone
class Plain:
    def __init__(self):
        self.__dunder__ = 1
        self._single = 2
        self.__double = 3


print(sorted(vars(Plain())))


# locals, comprehension variables, lambdas and nested functions inside methods
class Scope:
    def run(self):
        __total = 0
        squares = [__i * __i for __i in range(4)]
        for __n in squares:
            __total += __n
        add = lambda __a, __b: __a + __b
        def inner(__p):
            return __p * 2
        return __total, add(1, 2), inner(5), sorted(n for n in locals() if n.startswith('_'))

    def names(self):
        return Scope.run.__code__.co_varnames


print(Scope().run())
print(Scope().names())


# a nested class mangles with its own name, and a function's variable is not
# visible under the mangled name
def outer():
    __secret = 42

    class Inner:
        def peek(self):
            return __secret

    return Inner().peek()


show("mangled free name", outer)


# global statements and module names are mangled too
class Registry:
    def register(self):
        global __registry
        __registry = ['x']
        return __registry


print(Registry().register(), '_Registry__registry' in globals(), '__registry' in globals())


# annotations of private names are stored mangled
class Typed:
    __secret: int = 3
    public: str = "p"

    def method(self, __arg: int) -> None:
        pass


print(Typed.__annotations__, Typed.method.__annotations__)

# getattr/setattr with strings are not mangled
class Dynamic:
    def __init__(self):
        setattr(self, '__raw', 1)
        self.__cooked = 2

    def read(self):
        return getattr(self, '__raw'), self.__cooked


print(Dynamic().read(), sorted(vars(Dynamic())))

# an import inside a class body binds a mangled name
class Importer:
    import math as __m
    pi = __m.pi


print(round(Importer.pi, 3), hasattr(Importer, '_Importer__m'))
