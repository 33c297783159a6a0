# Uncaught exception raised with `from`: the cause's traceback comes first,
# then "The above exception was the direct cause of the following exception".

class ConfigError(Exception):
    pass

def parse_port(text):
    return int(text)

def read_config(lines):
    config = {}
    for line in lines:
        key, value = line.split("=")
        if key == "port":
            try:
                value = parse_port(value)
            except ValueError as e:
                raise ConfigError("bad port setting: %r" % value) from e
        config[key] = value
        print("set", key, "=", repr(value))
    return config

print(read_config(["host=example", "port=8080"]))
print(read_config(["host=example", "port=80x0"]))
