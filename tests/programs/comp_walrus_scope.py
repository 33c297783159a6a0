# Assignment expressions: walrus in conditions, loops and comprehensions (binding in the enclosing scope).

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} items")
print(n)

# while loop with walrus
stream = iter(["alpha", "beta", "", "gamma"])
words = []
while (w := next(stream)) != "":
    words.append(w)
print(words, repr(w), next(stream))

# walrus in comprehension binds in the containing scope
values = [y for x in data if (y := x * 2) > 6]
print(values, y)
any_big = any((big := v) > 8 for v in data)
print(any_big, big)
first_even = next((e for e in data if (e % 2 == 0)), None)
print(first_even)
totals = [running := 0] + [running := running + v for v in data]
print(totals, running)

def inside_function():
    [last := c for c in "xyz"]
    return last
print(inside_function())

def counter_in_comprehension():
    count = 0
    hits = [count := count + 1 for ch in "banana" if ch == "a"]
    return hits, count
print(counter_in_comprehension())

# nested comprehensions propagate the binding outward
pairs = [[(inner := a * b) for b in range(3)] for a in range(3)]
print(pairs, inner)

# walrus in other expression positions
print((z := 5) + z, [q := 1, q + 1], {"k": (r := "v")}, r, f"{(s := 10)} {s * 2}")
def defaults(a=(dflt := 42)):
    return a
print(defaults(), dflt)
match_value = (m := {"x": 1})["x"]
print(match_value, m)

# reusing a computed value in a filter and result
import math
roots = [(v, root) for v in [4, 10, 16, 20] if (root := math.isqrt(v)) ** 2 == v]
print(roots, root)

# walrus inside a lambda binds in the lambda's own scope
f = lambda: (hidden := 7) * 2
print(f())
show("hidden not global", lambda: hidden)

# walrus at class scope works; inside a comprehension in a class body it is an error at compile time
class K:
    attr = (tmp := 3) * 2
print(K.attr, K.tmp, "tmp" in globals())

# common patterns: parse until a condition, accumulate with state
text = "12 apples, 7 pears, 30 plums"
numbers = []
rest = text
while (i := rest.find(",")) != -1:
    numbers.append(int(rest[:i].split()[0]))
    rest = rest[i + 1:]
numbers.append(int(rest.split()[0]))
print(numbers, sum(numbers))

def chunks(seq, size):
    it = iter(seq)
    while chunk := [x for _, x in zip(range(size), it)]:
        yield chunk
print(list(chunks(range(7), 3)), list(chunks([], 2)))

# rebinding the loop variable of a comprehension with walrus is a SyntaxError; reading works
print([(i, j) for i in range(3) if (j := i * i) > 0])
print(j)
