#!/usr/bin/env python3
"""Syntax errors on whole files: for every .py file CPython 3.13 rejects, does
`pyforge ast` reject it with CPython's exception type, message, line and column?

    PYENV_VERSION=3.13.0 python3 tests/reject_messages.py [--pyforge PATH] PATH...

A measurement, not a test. A good corpus is an old standard library, most of
whose files are Python 2: `~/.pyenv/versions/2.7.18/lib/python2.7`. Prints one
line per disagreement (CPython's error, then pyforge's) and a summary; the exit
status is 1 when pyforge accepts a file CPython rejects or crashes on one.
"""

import argparse
import ast
import os
import re
import subprocess
import sys
import warnings

if sys.version_info[:2] != (3, 13):
    sys.exit(
        "*** ERROR: tests/reject_messages.py must run under CPython 3.13 (the "
        "reference), not %s.\n*** Use: PYENV_VERSION=3.13.0 python3 "
        "tests/reject_messages.py ..." % sys.version.split()[0]
    )

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# miette's report: "× KIND: message" (wrapped over lines that start with │),
# then the frame "╭─[file:line:col]". Errors found before parsing (unknown
# encodings) are one plain line "pyforge: KIND: message".
REPORT = re.compile(r"(\w+Error): (.*?)\n\s*╭─\[.*:(\d+):(\d+)\]", re.S)
PLAIN = re.compile(r"^pyforge: (\w+Error): (.*)$", re.M)


def python_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for d, dirs, files in os.walk(path):
            dirs[:] = sorted(x for x in dirs if x not in ("site-packages", "__pycache__"))
            for f in sorted(files):
                if f.endswith(".py"):
                    yield os.path.join(d, f)


def cpython_error(data):
    """CPython's (kind, message, line, column) for a file's bytes, or None."""
    try:
        ast.parse(data)
    except SyntaxError as e:
        return type(e).__name__, " ".join(e.msg.split()), e.lineno, e.offset
    except (ValueError, MemoryError, RecursionError) as e:
        return type(e).__name__, str(e), None, None
    return None


def pyforge_error(pyforge, path):
    """pyforge's (kind, message, line, column), or an exit status other than 1."""
    proc = subprocess.run([pyforge, "ast", path], capture_output=True, timeout=10)
    if proc.returncode != 1:
        return proc.returncode
    err = proc.stderr.decode("utf-8", errors="replace")
    m = REPORT.search(err)
    if m:
        msg = " ".join(m.group(2).replace("│", " ").split())
        return m.group(1), msg, int(m.group(3)), int(m.group(4))
    m = PLAIN.search(err)
    if m:
        return m.group(1), " ".join(m.group(2).split()), None, None
    return "?", err.strip()[:100], None, None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--pyforge", default=os.path.join(ROOT, "target", "release", "pyforge"))
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    counts = {"same": 0, "other position": 0, "other message": 0, "accepted or crashed": 0}
    for path in python_files(args.paths):
        with open(path, "rb") as f:
            expected = cpython_error(f.read())
        if expected is None:
            continue
        got = pyforge_error(args.pyforge, path)
        if isinstance(got, int):
            counts["accepted or crashed"] += 1
            print("%s: CPython %s: %s; pyforge exit status %d" % (path, expected[0], expected[1], got))
            continue
        # Errors CPython raises before tokenizing (encodings) carry no position.
        if expected[2] in (None, 0):
            expected, got = expected[:2], got[:2]
        if got == expected:
            counts["same"] += 1
            continue
        which = "other message" if got[:2] != expected[:2] else "other position"
        counts[which] += 1
        print("%s (%s):\n    CPython: %s\n    pyforge: %s" % (path, which, expected, got))
    total = sum(counts.values())
    print("\n%d files CPython rejects: %s" % (
        total, ", ".join("%d %s" % (n, k) for k, n in counts.items())))
    return 1 if counts["accepted or crashed"] else 0


if __name__ == "__main__":
    sys.exit(main())
