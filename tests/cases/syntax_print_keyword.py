print else(x)
