# `x |> f` is `f(x)`; it chains left to right and binds like `|`.
def double(x):
    return x * 2

print(double(3))
print(str(double(double(3))))
print(len(sorted([3, 1, 2])))
print(str(1 + 2))
words = 'the quick brown fox'
print(len(words.split()))
print(bool(0 | 1))
