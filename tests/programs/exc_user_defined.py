# User-defined exception classes: hierarchies, __init__, __str__, attributes.

class AppError(Exception):
    """Root of this program's errors."""

class ConfigError(AppError):
    pass

class ValidationError(AppError):
    def __init__(self, field, value, reason="invalid"):
        super().__init__(field, value)
        self.field = field
        self.value = value
        self.reason = reason

    def __str__(self):
        return "%s=%r is %s" % (self.field, self.value, self.reason)

class RangeError(ValidationError):
    def __init__(self, field, value, low, high):
        super().__init__(field, value, "out of range [%d, %d]" % (low, high))
        self.low = low
        self.high = high

class HttpError(AppError):
    def __init__(self, status, message):
        self.status = status
        self.message = message
        # args deliberately not passed to the base __init__

    def __repr__(self):
        return "HttpError(status=%d)" % self.status

class NoArgs(AppError):
    def __init__(self):
        super().__init__("fixed message")

print([c.__name__ for c in RangeError.__mro__])
print(issubclass(RangeError, AppError), issubclass(HttpError, ValidationError))

errors = [
    AppError("plain"),
    ConfigError("missing file", "settings.ini"),
    ValidationError("name", ""),
    ValidationError("age", -1, "negative"),
    RangeError("month", 13, 1, 12),
    HttpError(404, "not found"),
    NoArgs(),
]
for e in errors:
    print("%-16s args=%r" % (type(e).__name__, e.args))
    print("    str:  %s" % e)
    print("    repr: %r" % (e,))

print()
def validate(record):
    if "name" not in record:
        raise ConfigError("record has no name")
    if not record["name"]:
        raise ValidationError("name", record["name"], "empty")
    age = record.get("age", 0)
    if not 0 <= age <= 150:
        raise RangeError("age", age, 0, 150)
    if record.get("status"):
        raise HttpError(record["status"], "status present")
    return "ok: " + record["name"]

records = [
    {"name": "ann", "age": 30},
    {"age": 5},
    {"name": ""},
    {"name": "bob", "age": 200},
    {"name": "cy", "age": -4},
    {"name": "dee", "status": 503},
]
for r in records:
    try:
        print(validate(r))
    except RangeError as e:
        print("RangeError:", e, "| field", e.field, "low", e.low, "high", e.high)
    except ValidationError as e:
        print("ValidationError:", e, "| reason", repr(e.reason))
    except HttpError as e:
        print("HttpError:", repr(e), "| status", e.status, "message", e.message, "| str", repr(str(e)))
    except AppError as e:
        print("AppError (%s):" % type(e).__name__, e)

print()
# Exceptions with class attributes and methods.
class RetryableError(AppError):
    max_retries = 3
    def should_retry(self, attempt):
        return attempt < self.max_retries

class QuickRetry(RetryableError):
    max_retries = 1

for cls in [RetryableError, QuickRetry]:
    e = cls("flaky")
    print(cls.__name__, [e.should_retry(n) for n in range(5)])

# Catching the base class gives access to subclass attributes.
def fetch(n):
    if n % 3 == 0:
        raise HttpError(500 + n, "server")
    if n % 3 == 1:
        raise RangeError("n", n, 0, 0)
    return n

summary = []
for n in range(6):
    try:
        summary.append(fetch(n))
    except AppError as e:
        summary.append(type(e).__name__ + ":" + str(getattr(e, "status", getattr(e, "field", "?"))))
print(summary)

# A user exception that also subclasses a built-in one is caught by either.
class MissingItem(AppError, KeyError):
    pass
print([c.__name__ for c in MissingItem.__mro__])
for handler in (KeyError, LookupError, AppError, Exception):
    try:
        raise MissingItem("widget")
    except handler as e:
        print("caught by", handler.__name__, "->", str(e), repr(e))

# The base __init__ is skipped by HttpError, yet args holds the constructor
# arguments: they are recorded when the object is created.
h = HttpError(418, "teapot")
print("HttpError args without super().__init__:", h.args)
