#!/usr/bin/env python3
"""Regenerate the expected outputs of the pyforge test corpus.

Run from the repository root with the reference interpreter, CPython 3.13:

    PYENV_VERSION=3.13.0 python3 tests/gen_expected.py

For every tests/cases/NAME.py this writes tests/expected/NAME.json holding
the AST dumps (or the SyntaxError details), the `dis` listing (code object
addresses removed) and the stdout/stderr/exit status of running the case.
For every program tests/programs/NAME.py this writes
tests/programs/expected/NAME.json holding only the stdout/stderr/exit status
of running it.
For every AST-only case tests/ast_cases/NAME.py (parsed from its bytes, never
run) this writes tests/ast_expected/NAME.json holding the two AST dumps.
For every extension case extensions/E/tests/NAME.py it runs the
hand-desugared twin extensions/E/tests/desugared/NAME.py and writes
extensions/E/tests/expected/NAME.json.  Stale .json files are deleted.

The expected files are generated; never edit them by hand.
"""

import ast
import dis
import io
import json
import os
import re
import subprocess
import sys
import warnings

if sys.version_info[:2] != (3, 13):
    sys.stderr.write(
        "\n*** ERROR: tests/gen_expected.py must run under CPython 3.13 "
        "(the reference interpreter), but this is Python %s.\n"
        "*** Run it as: PYENV_VERSION=3.13.0 python3 tests/gen_expected.py\n\n"
        % sys.version.split()[0]
    )
    sys.exit(2)
if sys.implementation.name != "cpython":
    sys.stderr.write("\n*** ERROR: the reference interpreter is CPython, not %s\n\n"
                     % sys.implementation.name)
    sys.exit(2)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join("tests", "cases")
EXPECTED = os.path.join("tests", "expected")
PROGRAMS = os.path.join("tests", "programs")
PROGRAMS_EXPECTED = os.path.join(PROGRAMS, "expected")
AST_CASES = os.path.join("tests", "ast_cases")
AST_EXPECTED = os.path.join("tests", "ast_expected")
EXTENSIONS = "extensions"
TIMEOUT = 60


def fail(msg):
    sys.stderr.write("\n*** ERROR: %s\n\n" % msg)
    sys.exit(1)


def read_source(rel):
    with open(os.path.join(ROOT, rel), "r", encoding="utf-8", newline="") as f:
        return f.read()


def run(rel):
    """Run a Python file (path relative to the repo root) from the repo root."""
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    for var in ("PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONINSPECT"):
        env.pop(var, None)
    try:
        p = subprocess.run(
            [sys.executable, rel.replace(os.sep, "/")],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        fail("%s did not finish within %d s" % (rel, TIMEOUT))
    out = p.stdout.decode("utf-8")
    err = p.stderr.decode("utf-8")
    # Since Python 3.9 the __main__ script's filename is made absolute, so
    # tracebacks would name the machine-specific checkout path.  Strip the
    # repository root so they read  File "tests/cases/NAME.py", line N, ...
    prefix = ROOT.rstrip(os.sep) + os.sep
    out = out.replace(prefix, "")
    err = err.replace(prefix, "")
    return (out, err, p.returncode)


def write_json(rel, data):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")


def py_names(rel_dir):
    d = os.path.join(ROOT, rel_dir)
    if not os.path.isdir(d):
        return []
    return sorted(n[:-3] for n in os.listdir(d)
                  if n.endswith(".py") and os.path.isfile(os.path.join(d, n)))


def remove_stale(rel_dir, keep):
    removed = []
    d = os.path.join(ROOT, rel_dir)
    if not os.path.isdir(d):
        return removed
    for n in sorted(os.listdir(d)):
        if n.endswith(".json") and n[:-5] not in keep:
            os.remove(os.path.join(d, n))
            removed.append(os.path.join(rel_dir, n))
    return removed


def core_case(name):
    rel = os.path.join(CASES, name + ".py")
    src = read_source(rel)
    data = {}
    try:
        tree = ast.parse(src, filename=rel)
    except SyntaxError as e:
        data["syntax_error"] = {
            "type": type(e).__name__,
            "msg": e.msg,
            "lineno": e.lineno,
            "offset": e.offset,
            "end_lineno": e.end_lineno,
            "end_offset": e.end_offset,
        }
    else:
        data["ast"] = ast.dump(tree)
        data["ast_positions"] = ast.dump(tree, include_attributes=True)
        try:
            code = compile(src, rel, "exec")
        except SyntaxError:
            pass
        else:
            listing = io.StringIO()
            dis.dis(code, file=listing)
            # pyforge leaves out the memory address of code objects.
            data["dis"] = re.sub(r" at 0x[0-9a-f]+", "", listing.getvalue())
    out, err, status = run(rel)
    data["stdout"] = out
    data["stderr"] = err
    data["status"] = status
    write_json(os.path.join(EXPECTED, name + ".json"), data)


def program_case(name):
    out, err, status = run(os.path.join(PROGRAMS, name + ".py"))
    # Object addresses never match between interpreters: both sides mask them
    # (tests/programs.rs through pyforge::harness::mask_addresses).
    write_json(os.path.join(PROGRAMS_EXPECTED, name + ".json"), {
        "stdout": mask_addresses(out),
        "stderr": mask_addresses(err),
        "status": status,
    })


def mask_addresses(text):
    return re.sub(r" at 0x[0-9a-fA-F]+", " at 0x?", text)


def ast_case(name):
    rel = os.path.join(AST_CASES, name + ".py")
    # The file's bytes, as CPython reads a source file: a BOM, a coding line
    # and CRLF line endings are the parser's business.
    with open(os.path.join(ROOT, rel), "rb") as f:
        data = f.read()
    try:
        with warnings.catch_warnings():
            # e.g. invalid escape sequences, which some cases contain on purpose.
            warnings.simplefilter("ignore")
            tree = ast.parse(data, filename=rel)
    except SyntaxError as e:
        fail("AST case %s does not parse under CPython 3.13: %s" % (rel, e))
    write_json(os.path.join(AST_EXPECTED, name + ".json"), {
        "ast": ast.dump(tree),
        "ast_positions": ast.dump(tree, include_attributes=True),
    })


def last_nonempty_line(text):
    for line in reversed(text.splitlines()):
        if line.strip():
            return line
    return ""


def extension_case(ext, name):
    tests = os.path.join(EXTENSIONS, ext, "tests")
    twin = os.path.join(tests, "desugared", name + ".py")
    if not os.path.isfile(os.path.join(ROOT, twin)):
        fail("extension case %s has no desugared twin %s"
             % (os.path.join(tests, name + ".py"), twin))
    try:
        ast.parse(read_source(twin), filename=twin)
    except SyntaxError as e:
        fail("desugared twin %s is not valid Python: %s" % (twin, e))
    out, err, status = run(twin)
    write_json(os.path.join(tests, "expected", name + ".json"), {
        "stdout": out,
        "status": status,
        "stderr_last_line": last_nonempty_line(err),
    })


def main():
    os.chdir(ROOT)
    names = py_names(CASES)
    if not names:
        fail("no cases found in %s" % CASES)

    # Check every extension case has its desugared twin before writing anything.
    exts = []
    if os.path.isdir(os.path.join(ROOT, EXTENSIONS)):
        exts = sorted(e for e in os.listdir(os.path.join(ROOT, EXTENSIONS))
                      if os.path.isdir(os.path.join(ROOT, EXTENSIONS, e, "tests")))
    for ext in exts:
        tests = os.path.join(EXTENSIONS, ext, "tests")
        ext_names = py_names(tests)
        twins = set(py_names(os.path.join(tests, "desugared")))
        missing = [n for n in ext_names if n not in twins]
        if missing:
            fail("extension case(s) without a desugared twin in %s/desugared/: %s"
                 % (tests, ", ".join(n + ".py" for n in missing)))
        orphans = sorted(twins - set(ext_names))
        if orphans:
            fail("desugared twin(s) without an extension case in %s: %s"
                 % (tests, ", ".join(n + ".py" for n in orphans)))

    for name in names:
        core_case(name)
    removed = remove_stale(EXPECTED, set(names))

    program_names = py_names(PROGRAMS)
    for name in program_names:
        program_case(name)
    removed += remove_stale(PROGRAMS_EXPECTED, set(program_names))

    ast_names = py_names(AST_CASES)
    for name in ast_names:
        ast_case(name)
    removed += remove_stale(AST_EXPECTED, set(ast_names))

    ext_count = 0
    for ext in exts:
        tests = os.path.join(EXTENSIONS, ext, "tests")
        ext_names = py_names(tests)
        for name in ext_names:
            extension_case(ext, name)
            ext_count += 1
        removed += remove_stale(os.path.join(tests, "expected"), set(ext_names))

    print("gen_expected: %d core cases, %d programs, %d AST cases, "
          "%d extension cases (%s), %d stale file(s) removed%s"
          % (len(names), len(program_names), len(ast_names), ext_count,
             ", ".join(exts) or "none", len(removed),
             "" if not removed else ": " + ", ".join(removed)))


if __name__ == "__main__":
    main()
