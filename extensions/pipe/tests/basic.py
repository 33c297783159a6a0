# `x |> f` is `f(x)`; it chains left to right and binds like `|`.
def double(x):
    return x * 2

print(3 |> double)
print(3 |> double |> double |> str)
print([3, 1, 2] |> sorted |> len)
print(1 + 2 |> str)
words = 'the quick brown fox'
print(words.split() |> len)
print(0 | 1 |> bool)
