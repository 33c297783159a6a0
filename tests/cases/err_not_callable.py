# TypeError: calling a non-callable
def get_handler(kind):
    handlers = {'double': lambda v: v * 2, 'five': 5}
    return handlers[kind]
print(get_handler('double')(21))
total = get_handler('five')(1) + 1
