# An uncaught KeyError from a chain of subscripts; the traceback underlines the failing lookup.

config = {
    "server": {"host": "localhost", "ports": {"http": 80, "https": 443}},
    "users": [{"name": "ann", "roles": ["admin"]}, {"name": "bob", "roles": []}],
    "features": {"beta": True, "legacy": False},
}

def port(cfg, scheme):
    return cfg["server"]["ports"][scheme]

def first_role(cfg, index):
    return cfg["users"][index]["roles"][0] if cfg["users"][index]["roles"] else None

def enabled(cfg, feature):
    return cfg["features"].get(feature, False)

def lookup_path(cfg, path):
    node = cfg
    for part in path.split("."):
        if isinstance(node, list):
            node = node[int(part)]
        else:
            node = node[part]
    return node

print(port(config, "http"), port(config, "https"))
print(first_role(config, 0), first_role(config, 1))
print(enabled(config, "beta"), enabled(config, "legacy"), enabled(config, "missing"))
for path in ["server.host", "users.1.name", "users.0.roles.0", "server.ports"]:
    print(path, "=", lookup_path(config, path))
for path in ["server.port", "users.5", "users.x"]:
    try:
        lookup_path(config, path)
    except (KeyError, IndexError, ValueError) as e:
        print(path, "->", type(e).__name__, e)

# KeyError's str() is the repr of the key
for key in ["text", 42, (1, 2), "", None]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(key), "->", str(e), e.args)

print(port(config, "ftp"))
