@decorator
def f():
    pass

@first
@second(arg)
@third.attr
class C:
    @property
    def x(self):
        return 1

    @x.setter
    def x(self, v):
        pass

@(
    complicated
    .decorator
)
async def g():
    pass

@d1
# comment between decorator and def
def h(): pass

   
@d2

def k(): pass

def plain():
    @inner
    def nested():
        pass
    return nested
