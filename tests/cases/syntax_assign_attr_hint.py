x.y = a < b = 2
