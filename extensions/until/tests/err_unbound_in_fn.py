# A name assigned only inside an until body is local to the whole function,
# so reading it when the body never ran is an UnboundLocalError
v = 'global v'
def f(done):
    until done:
        v = 'local v'
        done = True
    return v
print(f(False))
print(f(True))
