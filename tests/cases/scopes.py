# Local vs global name resolution (without the global statement)
x = 'global x'
def read_global():
    return x
def shadow():
    x = 'local x'
    return x
print(read_global(), shadow(), x)
counter = [0]
def bump():
    counter[0] += 1
    return counter[0]
bump()
bump()
print(counter)
config = {'debug': False}
def enable():
    config['debug'] = True
enable()
print(config)
def param_shadows(x):
    x = x + '!'
    return x
print(param_shadows('arg'), x)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
i = 'module i'
print(loop_var(), i)
def conditional_local(flag):
    if flag:
        y = 'set'
    else:
        y = 'other'
    return y
print(conditional_local(True), conditional_local(False))
