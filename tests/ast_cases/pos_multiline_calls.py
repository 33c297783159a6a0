result = function(
    argument_one,
    argument_two=value,
    *rest,
    **options,
)
chained = (
    obj
    .method_one()
    .method_two(
        x,
    )
    .attr
)
nested = outer(inner(
    deep(1,
         2),
), last)
obj.method(a)(
    b
)[
    c
]
print(
    "a", "b",
    sep="",
)
x = f(a
      for a in b
      if a)
value = mapping[
    "key"
][
    0
]
