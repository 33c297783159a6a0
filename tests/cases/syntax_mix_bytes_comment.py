x = 'a' b'c'  # note
