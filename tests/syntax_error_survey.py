#!/usr/bin/env python3
"""Survey: how often pyforge reports CPython's syntax error for broken lines.

Takes the one-line statements of tests/cases (syntax_* cases excluded), breaks
each chosen line with one random edit (a deleted character or an inserted
token), keeps the lines CPython 3.13 rejects, and counts those for which
`pyforge ast` reports the same message at the same line and column.

    PYENV_VERSION=3.13.0 python3 tests/syntax_error_survey.py target/release/pyforge [SEED] [N] [-v]

This is a measurement, not a test: it prints one summary line (and with -v
each disagreement). A pyforge exit status other than 0 or 1 is counted as a
crash.
"""

import collections
import glob
import os
import random
import re
import subprocess
import sys
import tempfile

if sys.version_info[:2] != (3, 13):
    sys.exit("*** ERROR: run under CPython 3.13: PYENV_VERSION=3.13.0 python3 ...")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = [a for a in sys.argv[1:] if a != "-v"]
verbose = "-v" in sys.argv
pyforge = args[0]
random.seed(int(args[1]) if len(args) > 1 else 1)
count = int(args[2]) if len(args) > 2 else 400

lines = []
for path in sorted(glob.glob(os.path.join(ROOT, "tests", "cases", "*.py"))):
    if os.path.basename(path).startswith("syntax_"):
        continue
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.strip() and line[0] not in " \t#" and not line.rstrip().endswith(":"):
            lines.append(line)

EDITS = ["=", ",", ":", "(", ")", "[", "]", "{", "}", ".", '"', " 1", " x",
         " if", " else", "==", "+", "*", ";"]


def mutate(line):
    i = random.randrange(len(line) + 1)
    if random.random() < 0.4 and line:
        return line[:i] + line[i + 1:]
    return line[:i] + random.choice(EDITS) + line[i:]


rejected = same = 0
outcomes = collections.Counter()
with tempfile.TemporaryDirectory() as tmp:
    case = os.path.join(tmp, "case.py")
    for _ in range(count):
        src = mutate(random.choice(lines)) + "\n"
        try:
            compile(src, "case.py", "exec")
            continue
        except SyntaxError as e:
            want = f"{e.msg} @{e.lineno}:{e.offset}"
        except Exception:
            continue
        with open(case, "w", encoding="utf-8") as f:
            f.write(src)
        run = subprocess.run([pyforge, "ast", case], capture_output=True, text=True)
        rejected += 1
        if run.returncode not in (0, 1):
            outcomes["crash"] += 1
            print("CRASH", repr(src))
            continue
        if run.returncode == 0:
            # `pyforge ast` checks what `ast.parse` checks; compile() also runs
            # the compiler's checks (a lone starred value, `return` outside a
            # function), which `pyforge ast` leaves to `pyforge dis`/`run`.
            outcomes["accepted"] += 1
            print("ACCEPTED", repr(src), "| CPython's compile():", want)
            continue
        text = " ".join(run.stderr.replace("│", " ").split())
        m = re.search(r"× \w+: (.*?) ╭─\[[^\]]*?:(\d+):(\d+)\]", text)
        got = f"{m.group(1)} @{m.group(2)}:{m.group(3)}" if m else text[:80]
        if got == want:
            same += 1
        else:
            outcomes["different"] += 1
            if verbose:
                print(repr(src), "|", want, "|", got)

print(f"broken lines CPython rejects: {rejected}; same message and position: "
      f"{same} ({100 * same / max(rejected, 1):.1f}%); others: {dict(outcomes)}")
