#!/usr/bin/env python3
"""Parse throughput benchmark: pyforge against CPython 3.13, in the same run.

    PYENV_VERSION=3.13.0 python3 bench/parse_stdlib.py [--pyforge PATH] [--repeat N] [PATH ...]

Collects the .py files under PATH (default: CPython 3.13's stdlib, without
site-packages) and keeps those that are valid UTF-8 and that CPython's
ast.parse accepts as text. Then, for each implementation, one fresh child
process reads every file into memory and times only the parsing to an AST,
best of N repeats:

- CPython: an inline program run with this very interpreter, timing
  `ast.parse(src)` per file with time.perf_counter;
- pyforge: `pyforge bench-parse --rounds N --list LISTFILE`, which prints
  `files=<int> bytes=<int> seconds=<float> errors=<int>`.

Each child runs through benchlib.run_child, which takes its own peak RSS from
wait4's rusage (through GNU time when installed, so that this script's own
RSS does not leak into the figure: see benchlib.gnu_time), so both peaks are
measured the same way. The CPython child also reports
its RSS after reading the files, before parsing, so the parse-only growth is
known. MB means 10**6 bytes throughout.
"""

import argparse
import ast
import json
import os
import re
import sys
import sysconfig
import tempfile
import warnings

sys.dont_write_bytecode = True  # no bench/__pycache__ for benchlib
from benchlib import (MB, ROOT, ChildFailed, describe_failure, require_reference, rss_note,
                      run_child)

require_reference("parse_stdlib.py")

# The CPython measurement, run in a fresh interpreter so that its RSS holds
# nothing but the sources and the parser's own work (not this script's file
# list or the validation parses). argv: LISTFILE REPEAT GC, GC being "on" or
# "off" (the cyclic collector runs while the AST objects pile up; a caller may
# turn it off, so both are measured).
CPYTHON_CHILD = r"""
import ast, gc, json, resource, sys, time, warnings
warnings.simplefilter("ignore")
if sys.argv[3] == "off":
    gc.disable()
with open(sys.argv[1], encoding="utf-8") as f:
    paths = f.read().splitlines()
sources = []
for path in paths:
    # newline="": keep \r\n as is, so both sides parse the very same text.
    with open(path, encoding="utf-8", newline="") as f:
        sources.append(f.read())
rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
best = None
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    for src in sources:
        ast.parse(src)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print(json.dumps({
    "files": len(sources),
    "bytes": sum(len(s.encode("utf-8")) for s in sources),
    "seconds": best,
    "rss_loaded_kib": rss_loaded,
    "rss_peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}))
"""

PYFORGE_LINE = re.compile(
    r"^files=(\d+) bytes=(\d+) seconds=([0-9.eE+-]+|inf|nan) errors=(\d+)$", re.M
)


def collect(paths):
    """[(path, display path)] of the .py files under paths, walked in sorted order.

    Display paths are relative to the directory walked.
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
            found.extend(os.path.join(dirpath, n) for n in filenames if n.endswith(".py"))
        files.extend(sorted((p, os.path.relpath(p, top)) for p in found))
    return files


def usable(paths):
    """Split [(path, display)] into (kept paths, total bytes kept, {reason: [displays]}).

    A file is kept if it is valid UTF-8 (so that both children parse the
    same text) and CPython parses both the file's bytes (as the tokenizer
    reads a file: coding cookie checked) and the decoded text, which is
    exactly what the CPython child will parse. Files with a BOM fail the
    latter: ast.parse on a str does not skip U+FEFF.
    """
    kept, total, dropped = [], 0, {"not UTF-8": [], "rejected by CPython": []}
    for path, display in paths:
        with open(path, "rb") as f:
            data = f.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            dropped["not UTF-8"].append(display)
            continue
        try:
            ast.parse(data)
            ast.parse(text)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            dropped["rejected by CPython"].append(display)
            continue
        kept.append(path)
        total += len(data)
    return kept, total, dropped


def measure_cpython(listfile, repeat, gc):
    out, err, code, rss = run_child(
        [sys.executable, "-c", CPYTHON_CHILD, listfile, str(repeat), gc]
    )[:4]
    if code != 0:
        raise ChildFailed(describe_failure("CPython child", code, err))
    result = json.loads(out)
    result["rss_wait4_kib"] = rss
    return result


def measure_pyforge(pyforge, listfile, repeat):
    if not os.access(pyforge, os.X_OK):
        raise ChildFailed("pyforge binary not found or not executable: %s" % pyforge)
    cmd = [pyforge, "bench-parse", "--rounds", str(repeat), "--list", listfile]
    out, err, code, rss = run_child(cmd)[:4]
    if code != 0:
        msg = describe_failure("`%s`" % " ".join(cmd), code, err)
        if code == 2 and "bench-parse" in err:
            # clap's exit status and message for an unknown subcommand.
            msg += "\n    (this pyforge has no `bench-parse` subcommand yet)"
        raise ChildFailed(msg)
    match = PYFORGE_LINE.search(out)
    if not match:
        raise ChildFailed(
            "pyforge bench-parse printed no `files=N bytes=N seconds=F errors=N` line; "
            "stdout was:\n    " + (out.strip() or "(empty)")
        )
    return {
        "files": int(match.group(1)),
        "bytes": int(match.group(2)),
        "seconds": float(match.group(3)),
        "errors": int(match.group(4)),
        "rss_wait4_kib": rss,
    }


def row(name, r):
    mb = r["bytes"] / MB
    rate = mb / r["seconds"] if r["seconds"] > 0 else float("inf")
    rss = r["rss_wait4_kib"] * 1024 / MB
    print("%-10s %7d %8.2f %9.3f %9.2f %14.1f" % (name, r["files"], mb, r["seconds"], rate, rss))
    return rate


def main():
    parser = argparse.ArgumentParser(
        description="Time parsing to an AST, pyforge against CPython 3.13."
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
        "--repeat", type=int, default=3, metavar="N", help="repeats per side; the best counts"
    )
    args = parser.parse_args()
    if args.repeat < 1:
        sys.exit("*** ERROR: --repeat must be at least 1")

    warnings.simplefilter("ignore")  # SyntaxWarnings of the validation parses
    paths = args.paths or [sysconfig.get_paths()["stdlib"]]
    found = collect(paths)
    kept, total, dropped = usable(found)
    print("%d .py files under %s" % (len(found), ", ".join(paths)))
    for reason, dropped_paths in dropped.items():
        if dropped_paths:
            print("  dropped %d (%s): %s" % (
                len(dropped_paths), reason,
                ", ".join(dropped_paths[:8])
                + (", ..." if len(dropped_paths) > 8 else ""),
            ))
    print("benchmarking %d files, %.2f MB, best of %d" % (len(kept), total / MB, args.repeat))
    if rss_note():
        print("*** " + rss_note(), file=sys.stderr)
    if not kept:
        sys.exit("*** ERROR: no usable files")

    failures = []
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        listfile = f.name
        for path in kept:
            f.write(os.path.abspath(path) + "\n")
    try:
        try:
            cpython = measure_cpython(listfile, args.repeat, "on")
            cpython_nogc = measure_cpython(listfile, args.repeat, "off")
        except ChildFailed as exc:
            sys.exit("*** ERROR: " + str(exc))
        try:
            pyforge = measure_pyforge(args.pyforge, listfile, args.repeat)
        except ChildFailed as exc:
            pyforge = None
            failures.append(str(exc))
    finally:
        os.unlink(listfile)

    print()
    print("%-10s %7s %8s %9s %9s %14s" % ("impl", "files", "MB", "seconds", "MB/s", "peak RSS MB"))
    cpython_rate = row("CPython", cpython)
    cpython_rate = max(cpython_rate, row("CPython-gc", cpython_nogc))
    print("  (CPython-gc: the cyclic collector disabled. CPython RSS after reading the "
          "files, before parsing: %.1f MB; parse-only growth %.1f MB)" % (
              cpython["rss_loaded_kib"] * 1024 / MB,
              (cpython["rss_wait4_kib"] - cpython["rss_loaded_kib"]) * 1024 / MB))
    if pyforge is not None:
        pyforge_rate = row("pyforge", pyforge)
        if pyforge["errors"]:
            # The rate then covers failed parses too, which is not comparable.
            failures.append("pyforge could not parse %d of the files: the comparison is "
                            "not like for like" % pyforge["errors"])
        if pyforge["files"] != len(kept) or pyforge["bytes"] != total:
            failures.append("pyforge read %d files / %d bytes, expected %d / %d"
                            % (pyforge["files"], pyforge["bytes"], len(kept), total))
        print("ratio (pyforge MB/s / faster CPython MB/s): %.2f" % (pyforge_rate / cpython_rate))
    else:
        print("%-10s (no result)" % "pyforge")
    for failure in failures:
        print("\n*** " + failure, file=sys.stderr)
    return 1 if pyforge is None else 0


if __name__ == "__main__":
    sys.exit(main())
