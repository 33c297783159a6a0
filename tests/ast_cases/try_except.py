try:
    pass
except:
    pass

try:
    a()
except ValueError:
    b()
except (TypeError, KeyError) as e:
    c(e)
except Exception as exc:
    raise
else:
    d()
finally:
    e()

try:
    x = 1
finally:
    cleanup()

try:
    pass
except A as a:
    pass
else:
    pass

try:
    try:
        inner()
    except E:
        pass
    finally:
        pass
except E2:
    pass

def f():
    try:
        return 1
    except BaseException:
        return 2
    finally:
        return 3

try: one()
except X: two()
else: three()
finally: four()

try:
    pass
except a.b.Error:
    pass
except errors[0]:
    pass
