# An uncaught exception carrying notes (add_note): the notes are printed after the message.

class ValidationError(Exception):
    pass

def validate_row(row, number):
    errors = []
    if not row.get("name"):
        errors.append("missing name")
    if not isinstance(row.get("age"), int):
        errors.append(f"age must be int, got {type(row.get('age')).__name__}")
    elif row["age"] < 0:
        errors.append("age must be non-negative")
    if errors:
        err = ValidationError(f"row {number} is invalid")
        for msg in errors:
            err.add_note(f"- {msg}")
        raise err
    return row

def validate_all(rows):
    good = []
    for i, row in enumerate(rows, 1):
        try:
            good.append(validate_row(row, i))
        except ValidationError as e:
            e.add_note(f"while validating batch of {len(rows)} rows")
            raise
    return good

print(validate_all([{"name": "ann", "age": 3}, {"name": "bob", "age": 40}]))
try:
    validate_row({"name": "", "age": "x"}, 7)
except ValidationError as e:
    print(type(e).__name__, e)
    print("notes:", e.__notes__)

err = KeyError("k")
print(hasattr(err, "__notes__"))
err.add_note("note one")
print(err.__notes__)
try:
    err.add_note(42)
except TypeError as e:
    print(type(e).__name__, e)

batch = [{"name": "cy", "age": 1}, {"name": None, "age": -5}, {"name": "dee", "age": 2}]
validate_all(batch)
