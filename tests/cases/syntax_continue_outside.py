while True:
    pass
    continue
if True:
    continue
