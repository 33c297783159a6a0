try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    pass
except* (TypeError, KeyError) as e:
    print(e)
except *OSError as err:
    handle(err)
else:
    ok()
finally:
    done()

try:
    f()
except* A:
    pass

try:
    g()
except* E as e:
    raise
finally:
    pass

try:
    pass
except* mod.Error:
    pass
