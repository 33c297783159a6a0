a = [*a for a in b]
