# Exceptions: raise and catch in loops and across calls: a small exception
# hierarchy with its own __init__, except clauses matching by base class and
# by tuple, else and finally, re-raise, raise ... from, and exceptions the
# interpreter raises itself (ZeroDivisionError, KeyError, IndexError,
# ValueError). Prints counters.

ROUNDS = 400000


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, text, position):
        super().__init__(f"cannot parse {text!r} at {position}")
        self.position = position


class LimitError(AppError):
    pass


def parse(text):
    value = 0
    for position, ch in enumerate(text):
        if not "0" <= ch <= "9":
            raise ParseError(text, position)
        value = value * 10 + ord(ch) - 48
    if value > 5000:
        raise LimitError(value)
    return value


def checked(text):
    try:
        return parse(text)
    except LimitError as exc:
        raise ValueError("over the limit") from exc


def lookup(table, key, items, index):
    try:
        return table[key] + items[index]
    except (KeyError, IndexError):
        return -1


def main():
    table = {"a": 1, "b": 2, "c": 3}
    items = [10, 20, 30, 40]
    counts = {"ok": 0, "parse": 0, "limit": 0, "zero": 0, "missing": 0, "finally": 0,
              "else": 0}
    positions = 0
    chained = 0
    for i in range(ROUNDS):
        text = str(i * 37 % 9000) if i % 5 else f"{i % 100}x{i}"
        try:
            value = checked(text)
        except ParseError as exc:
            counts["parse"] += 1
            positions += exc.position
        except ValueError as exc:
            counts["limit"] += 1
            if isinstance(exc.__cause__, LimitError):
                chained += 1
        else:
            counts["ok"] += 1
            try:
                positions += 1000 // (value % 7)
            except ZeroDivisionError:
                counts["zero"] += 1
            else:
                counts["else"] += 1
            finally:
                counts["finally"] += 1
        if lookup(table, "abcd"[i % 4], items, i % 5) < 0:
            counts["missing"] += 1
    try:
        try:
            parse("12z")
        except AppError:
            raise
    except ParseError as exc:
        message = str(exc)
    print(f"exceptions rounds={ROUNDS} positions={positions} chained={chained}")
    print(", ".join(f"{k}={v}" for k, v in counts.items()), "|", message)


main()
