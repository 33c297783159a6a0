# AttributeError on a user object where no similar name exists.

class Config:
    def __init__(self):
        self.values = {"mode": "fast"}

    def get(self, key):
        return self.values[key]

c = Config()
print(c.get("mode"))
print(hasattr(c, "values"), hasattr(c, "timeout"))
print(c.timeout_seconds_for_network)
