a = 1
if a:
    x = 1 ;
for i in [1]: y = 2;
def f(): return 3;
while a: a = 0;
else: z = 4;
print(x, y, f(), z)
