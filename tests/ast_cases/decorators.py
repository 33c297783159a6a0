@dec
def f():
    pass

@dec.attr.chain
@dec(1, 2, key=3)
@dec()(4)[5]
def g(x):
    return x

@(lambda f: f)
@x if y else z
@a := b
@a[0].b(c)
class C:
    @staticmethod
    def s(): ...

    @property
    def p(self):
        return self._p

    @p.setter
    def p(self, value):
        self._p = value

    @classmethod
    @functools.cache
    async def am(cls):
        pass

@ \
dec
def h(): pass

@dec
# a comment between
@other


def k(): pass
