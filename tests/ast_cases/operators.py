a + b
a - b
a * b
a / b
a // b
a % b
a ** b
a @ b
a << b
a >> b
a & b
a | b
a ^ b
-a
+a
~a
not a
a and b
a or b
a and b and c
a or b or c
a == b
a != b
a < b
a <= b
a > b
a >= b
a is b
a is not b
a in b
a not in b
a < b <= c > d >= e == f != g
x = a.b
x = a.b.c.d
x = a[b]
x = a()
x = a().b[c]()
x = 1 .bit_length()
x = "s".join
x = [].copy
x = {}.keys
x = ().count
x = a if b else c
x = not a or not b
x = -1 ** 2
x = (-1) ** 2
x = --a
x = -+~a
x = a.b ** -c.d
