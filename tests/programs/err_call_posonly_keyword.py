# Positional-only parameters passed by keyword.

def power(base, exp, /, mod=None):
    if mod is None:
        return base ** exp
    return pow(base, exp, mod)

print(power(2, 10))
print(power(2, 10, 1000))
print(power(2, 10, mod=7))

bad_calls = [
    lambda: power(base=2, exp=3),
    lambda: power(2, exp=3),
    lambda: power(2),
    lambda: power(),
    lambda: power(1, 2, 3, 4),
]
for call in bad_calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# Both a positional-only parameter and **kwargs with the same name is fine.
def tag(name, /, **attrs):
    return name, sorted(attrs.items())
print(tag("div", name="main", id=3))

print(power(3, exp=2))
