# `raise ... from None`: only the last traceback is printed.

def get_setting(settings, name):
    try:
        return settings[name]
    except KeyError:
        raise AttributeError("no setting named %r" % name) from None

settings = {"debug": True, "level": 3}
print(get_setting(settings, "debug"))
print(get_setting(settings, "level"))
print(get_setting(settings, "colour"))
