# Uncaught exception raised while handling another: both tracebacks are shown,
# joined by "During handling of the above exception, another exception occurred".

def load(table, key):
    print("loading", key)
    return table[key]

def load_with_default(table, key):
    try:
        return load(table, key)
    except KeyError:
        print("missing key, computing a fallback")
        fallback = table["default"] / len(table["items"])
        return fallback

table = {"a": 1, "default": 10, "items": []}
print(load_with_default(table, "a"))
print(load_with_default(table, "b"))
print("not reached")
