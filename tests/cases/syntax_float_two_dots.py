version = 3.14.15
