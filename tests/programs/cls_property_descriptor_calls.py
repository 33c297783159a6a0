# property's __get__/__set__/__delete__ called directly, their errors naming the
# property, and the note __set_name__ failures get; add_note on exceptions.
class C:
    p = property(lambda s: 1)
    q = property(None, lambda s, v: print("set", v), lambda s: print("del"))
c = C()
print(C.p.__get__(c), C.p.__get__(None, C) is C.p)
C.q.__set__(c, 5); C.q.__delete__(c)
for f in (lambda: C.p.__set__(c, 1), lambda: C.q.__get__(c), lambda: C.p.__delete__(c)):
    try: f()
    except AttributeError as e: print(e)
e = ValueError()
e.add_note("x"); print(e.__notes__)
try: e.add_note(1)
except TypeError as x: print(x)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError(f"refusing {name}")
try:
    class Owner:
        attr = Bad()
except ValueError as e:
    print(e, e.__notes__)
e = KeyError('k')
e.__notes__ = 'not a list'
try: e.add_note('n')
except TypeError as x: print(x)
class Loose:
    pass
lp = property(lambda s: 1)
try: lp.__set__(Loose(), 1)
except AttributeError as x: print(x)
