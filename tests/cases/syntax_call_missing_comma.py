print("a" "b")
f(a b)
