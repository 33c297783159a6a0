s = b'ab\x4'
