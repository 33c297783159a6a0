# Keyword-only parameters: calls that break the rules, caught and then uncaught.

def connect(host, *, port, timeout=10):
    return "%s:%d (timeout %d)" % (host, port, timeout)

print(connect("db", port=5432))
print(connect("db", port=5432, timeout=3))
print(connect(host="web", port=80))

bad_calls = [
    lambda: connect("db", 5432),
    lambda: connect("db"),
    lambda: connect(port=1),
    lambda: connect("db", port=1, retries=3),
    lambda: connect("db", port=1, host="x"),
]
for call in bad_calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def many(*, a, b, c):
    return a + b + c

print(many(a=1, b=2, c=3))
try:
    many(a=1)
except TypeError as e:
    print("TypeError:", e)
print(connect("db", timeout=1))
