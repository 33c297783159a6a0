#!/usr/bin/env python3
"""AST conformance: does `pyforge ast FILE` print what CPython 3.13's ast.dump prints?

For every .py file given (default: CPython 3.13's own standard library,
site-packages excluded), the expected dump is computed in-process with
`ast.dump(ast.parse(data))` on the file's bytes (so coding cookies and BOMs
are handled as CPython handles them), and compared with the stdout of
`pyforge ast FILE`, run as a subprocess.

    PYENV_VERSION=3.13.0 python3 tests/ast_conformance.py [--pyforge PATH]
        [--positions] [--sample K] [--min-ratio R] [--jobs J] [--timeout S]
        [--list-mismatches FILE] [-v] [PATH ...]

Each file lands in one class:

    identical        CPython parses it and pyforge prints the same dump
    mismatch         both parse it, the dumps differ
    rejected         CPython parses it, pyforge reports a syntax error (exit 1)
    crash            pyforge exits with neither 0 nor 1 (70: panic), or by signal
    timeout          pyforge ran longer than --timeout seconds
    both-reject      CPython rejects it and so does pyforge (good)
    accepts-invalid  CPython rejects it but pyforge prints an AST (bad)

For a mismatch, the first differing line of the `indent=1` dumps is shown
(pyforge is run a second time with `--indent 1`), which is far more readable
than a position in one long line; with -v a few lines of context are added.

The summary ends with the line `N/M identical (P%)`, M being the number of
files CPython parses. The exit status is 1 when N/M < --min-ratio, or when any
file crashes, times out or is accepted although CPython rejects it.
"""

import argparse
import ast
import concurrent.futures
import os
import re
import signal
import subprocess
import sys
import sysconfig
import time
import warnings

if sys.version_info[:2] != (3, 13):
    sys.exit(
        "*** ERROR: tests/ast_conformance.py must run under CPython 3.13 (the "
        "reference), not %s.\n*** Use: PYENV_VERSION=3.13.0 python3 "
        "tests/ast_conformance.py ..." % sys.version.split()[0]
    )

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Order in which the per-class counts are printed.
CLASSES = [
    "identical",
    "mismatch",
    "rejected",
    "crash",
    "timeout",
    "both-reject",
    "accepts-invalid",
]
# Exceptions meaning "CPython does not give an AST for this file".
CPYTHON_REJECTS = (SyntaxError, ValueError, UnicodeDecodeError, MemoryError, RecursionError)
# Width of the context shown on each side of a difference.
CONTEXT = 80


def collect(paths):
    """Return [(path_to_open, path_to_display)] for the .py files under paths.

    Directories are walked recursively in sorted order (so the list, and thus
    --sample, is deterministic); site-packages and __pycache__ are skipped.
    Display paths are relative to the directory that was walked.
    """
    files = []
    for top in paths:
        if os.path.isfile(top):
            files.append((top, top))
            continue
        if not os.path.isdir(top):
            sys.exit("*** ERROR: no such file or directory: %s" % top)
        found = []
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = [d for d in dirnames if d not in ("site-packages", "__pycache__")]
            for name in filenames:
                if name.endswith(".py"):
                    path = os.path.join(dirpath, name)
                    found.append((path, os.path.relpath(path, top)))
        found.sort(key=lambda pair: pair[1])
        files.extend(found)
    return files


def cpython_dump(data, positions, indent=None):
    """ast.dump of the bytes `data`, or (None, error text) if CPython rejects them."""
    try:
        tree = ast.parse(data)
        return ast.dump(tree, include_attributes=positions, indent=indent), None
    except CPYTHON_REJECTS as exc:
        # str() of a SyntaxError already names the line.
        return None, "%s: %s" % (type(exc).__name__, exc)


def run_pyforge(args, path, positions, timeout, indent=None):
    """Run `pyforge ast` on path; return (exit code or 'timeout', stdout, stderr)."""
    cmd = [args.pyforge, "ast"]
    if indent is not None:
        cmd += ["--indent", str(indent)]
    if positions:
        cmd.append("--positions")
    cmd.append(path)
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout", "", ""
    # backslashreplace: a stray invalid byte shows up in the diff as \xNN
    # (so it cannot be confused with a real U+FFFD) instead of aborting the run.
    out = proc.stdout.decode("utf-8", errors="backslashreplace")
    err = proc.stderr.decode("utf-8", errors="replace")
    return proc.returncode, out, err


def first_line_with(text, *needles):
    """First line of text containing one of needles, else its first non-blank line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        if any(needle in line for needle in needles):
            return line
    return lines[0] if lines else "(no output)"


def clip(line, at, width=2 * CONTEXT):
    """Cut a long line down to about width characters around index at."""
    if len(line) <= width:
        return line
    start = max(0, at - width // 2)
    end = start + width
    return ("..." if start else "") + line[start:end] + ("..." if end < len(line) else "")


def char_context(expected, got):
    """Describe the first differing character of two one-line dumps."""
    i = 0
    limit = min(len(expected), len(got))
    while i < limit and expected[i] == got[i]:
        i += 1
    start = max(0, i - CONTEXT)
    dots = "..." if start else ""
    return [
        "    first difference at character %d (of %d expected, %d got):" % (i, len(expected), len(got)),
        "    expected: %s%s" % (dots, expected[start:i + CONTEXT]),
        "    got:      %s%s" % (dots, got[start:i + CONTEXT]),
    ]


def line_context(expected, got, verbose):
    """Describe the first differing line of two indented dumps, or None if equal."""
    exp_lines = expected.splitlines()
    got_lines = got.splitlines()
    n = 0
    while n < len(exp_lines) and n < len(got_lines) and exp_lines[n] == got_lines[n]:
        n += 1
    if n == len(exp_lines) and n == len(got_lines):
        return None
    exp_line = exp_lines[n] if n < len(exp_lines) else "<end of dump>"
    got_line = got_lines[n] if n < len(got_lines) else "<end of dump>"
    # Where the two lines part, so that long lines are clipped around it.
    at = 0
    while at < min(len(exp_line), len(got_line)) and exp_line[at] == got_line[at]:
        at += 1
    out = ["    first differing line %d of the indent=1 dumps:" % (n + 1)]
    if verbose:
        for k in range(max(0, n - 3), n):
            out.append("    same:     %s" % clip(exp_lines[k], 0))
    out.append("    expected: %s" % clip(exp_line, at))
    out.append("    got:      %s" % clip(got_line, at))
    return out


def rejection(err, data):
    """Describe a pyforge syntax error: its message, and the source line it points at."""
    message = first_line_with(err, "Error").lstrip("× ").strip()
    out = ["    " + message]
    # The diagnostic's frame names the place as `[FILE:LINE:COLUMN]`.
    where = re.search(r"\[.*:(\d+):(\d+)\]", err)
    if where:
        lineno, col = int(where.group(1)), int(where.group(2))
        # Only the line ends Python counts (str.splitlines also splits at \f etc.).
        lines = re.split(r"\r\n|\r|\n", data.decode("utf-8", errors="replace"))
        source = lines[lineno - 1].strip() if 0 < lineno <= len(lines) else ""
        out.append("    at %d:%d: %s" % (lineno, col, clip(source, 0)))
    return out


def check(args, path, display):
    """Classify one file; return (class, cpython_parses, detail lines)."""
    with open(path, "rb") as f:
        data = f.read()
    expected, cpython_error = cpython_dump(data, args.positions)
    code, out, err = run_pyforge(args, path, args.positions, args.timeout)

    if code == "timeout":
        return "timeout", expected is not None, ["    no answer within %g s" % args.timeout]
    if code not in (0, 1):
        if code < 0:
            try:
                how = "killed by %s" % signal.Signals(-code).name
            except ValueError:
                how = "killed by signal %d" % -code
        else:
            how = "exit status %d" % code
        return "crash", expected is not None, [
            "    %s: %s" % (how, first_line_with(err, "panicked", "error", "Error"))
        ]
    if expected is None:
        if code == 1:
            return "both-reject", False, []
        return "accepts-invalid", False, ["    CPython: %s" % cpython_error]
    if code == 1:
        return "rejected", True, rejection(err, data)
    got = out.rstrip("\n")
    if got == expected:
        return "identical", True, []

    # Mismatch: the indented dumps show the first difference most readably.
    detail = None
    exp_indented, _ = cpython_dump(data, args.positions, indent=1)
    code2, out2, _ = run_pyforge(args, path, args.positions, args.timeout, indent=1)
    if code2 == 0 and exp_indented is not None:
        detail = line_context(exp_indented, out2.rstrip("\n"), args.verbose)
    if detail is None:
        detail = char_context(expected, got)
    return "mismatch", True, detail


def main():
    parser = argparse.ArgumentParser(
        description="Compare `pyforge ast` with CPython 3.13's ast.dump, file by file."
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH",
        help=".py files or directories (default: CPython's stdlib, without site-packages)",
    )
    parser.add_argument(
        "--pyforge", default=os.path.join(ROOT, "target", "release", "pyforge"),
        help="the pyforge binary (default: target/release/pyforge of this checkout)",
    )
    parser.add_argument(
        "--positions", action="store_true",
        help="compare dumps with positions (include_attributes=True / --positions)",
    )
    parser.add_argument(
        "--sample", type=int, default=1, metavar="K",
        help="keep only every K-th file of the sorted list",
    )
    parser.add_argument(
        "--min-ratio", type=float, default=0.0, metavar="R",
        help="fail unless at least this fraction of the files CPython parses is identical",
    )
    parser.add_argument("--jobs", type=int, default=2, metavar="J", help="parallel pyforge runs")
    parser.add_argument(
        "--timeout", type=float, default=10.0, metavar="S", help="seconds allowed per pyforge run"
    )
    parser.add_argument(
        "--list-mismatches", metavar="FILE",
        help="write the paths of the files that fail (every class but identical and "
        "both-reject), one per line",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true",
        help="also list passing files, and show context lines before a difference",
    )
    args = parser.parse_args()

    if not os.access(args.pyforge, os.X_OK):
        sys.exit("*** ERROR: pyforge binary not found or not executable: %s" % args.pyforge)
    if args.sample < 1 or args.jobs < 1:
        sys.exit("*** ERROR: --sample and --jobs must be at least 1")

    # One global filter rather than warnings.catch_warnings() per file: the
    # latter swaps process-wide state and is not safe across worker threads.
    # (SyntaxWarning/DeprecationWarning for e.g. invalid escapes are expected.)
    warnings.simplefilter("ignore")

    paths = args.paths or [sysconfig.get_paths()["stdlib"]]
    files = collect(paths)[:: args.sample]
    print("%d files from %s%s" % (
        len(files), ", ".join(paths),
        " (every %d-th)" % args.sample if args.sample > 1 else "",
    ))

    counts = dict.fromkeys(CLASSES, 0)
    parsed_by_cpython = 0
    failing = []
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        # map() yields in submission order: the report is deterministic
        # whatever the scheduling.
        results = pool.map(lambda pair: check(args, *pair), files)
        try:
            for (path, display), (cls, cpython_parses, detail) in zip(files, results):
                counts[cls] += 1
                parsed_by_cpython += cpython_parses
                if cls not in ("identical", "both-reject"):
                    failing.append(path)
                if cls not in ("identical", "both-reject") or args.verbose:
                    print("%-15s %s" % (cls, display))
                    for line in detail:
                        print(line)
                    sys.stdout.flush()
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    elapsed = time.monotonic() - started

    if args.list_mismatches:
        with open(args.list_mismatches, "w", encoding="utf-8") as f:
            for path in failing:
                f.write(path + "\n")

    print()
    print("summary (%d files, %.1f s):" % (len(files), elapsed))
    for cls in CLASSES:
        print("  %-15s %d" % (cls, counts[cls]))
    identical = counts["identical"]
    ratio = identical / parsed_by_cpython if parsed_by_cpython else 0.0
    print("%d/%d identical (%.1f%%)" % (identical, parsed_by_cpython, 100 * ratio))

    failed = False
    if parsed_by_cpython and ratio < args.min_ratio or not parsed_by_cpython and args.min_ratio > 0:
        print("FAIL: identical ratio %.3f is below --min-ratio %.3f" % (ratio, args.min_ratio))
        failed = True
    for cls in ("crash", "timeout", "accepts-invalid"):
        if counts[cls]:
            print("FAIL: %d file(s) %s" % (counts[cls], cls))
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
