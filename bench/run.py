#!/usr/bin/env python3
"""Program benchmarks: pyforge against CPython 3.13, in the same run.

    PYENV_VERSION=3.13.0 python3 bench/run.py [--pyforge PATH | --pyforge-cmd CMD]
                                              [--repeat N] [--timeout S] [NAME ...]

Runs each program bench/programs/NAME.py (default: all of them, by name)
as a whole process, N times under this very interpreter (which must be
CPython 3.13) and N times under `pyforge run`, alternating, and keeps each
side's best wall time and its largest peak RSS (the child's ru_maxrss from
wait4, as GNU time reports it when installed: see benchlib.gnu_time).
pyforge passes a program when every run of it exits with status 0 and prints
exactly what CPython's first run printed; otherwise the row says FAIL, the
reason is listed after the table, and its remaining repeats are skipped.

Prints one row per program (times in seconds, ratio pyforge/CPython, peak
RSS in MB of 10**6 bytes), then the geometric mean and the maximum of the
ratios over the passing programs, with the failing ones named. Exit status:
0 when every program passed, 1 otherwise.
"""

import argparse
import glob
import math
import os
import shlex
import sys

sys.dont_write_bytecode = True  # no bench/__pycache__ for benchlib
from benchlib import MB, ROOT, ChildFailed, require_reference, rss_note, run_child

require_reference("run.py")

PROGRAMS = os.path.join(ROOT, "bench", "programs")


def available():
    """The benchmark names: the .py files of bench/programs, sorted."""
    paths = glob.glob(os.path.join(PROGRAMS, "*.py"))
    return sorted(os.path.splitext(os.path.basename(p))[0] for p in paths)


def stderr_tail(stderr, lines=7):
    """The first and the last few non-blank lines of stderr, indented."""
    kept = [l for l in stderr.strip().splitlines() if l.strip()]
    if len(kept) > lines:
        kept = kept[:1] + ["..."] + kept[-(lines - 1):]
    return "\n".join("      " + l for l in kept) or "      (no stderr)"


def first_difference(want, got):
    """A short description of where stdout `got` departs from `want`."""
    want_lines, got_lines = want.splitlines(), got.splitlines()
    for number, (w, g) in enumerate(zip(want_lines, got_lines), 1):
        if w != g:
            return "line %d: expected %r, got %r" % (number, w, g)
    if len(want_lines) != len(got_lines):
        return "expected %d lines, got %d" % (len(want_lines), len(got_lines))
    return "the output differs in line endings or a final newline"


class Side:
    """One implementation's runs of one program."""

    def __init__(self, cmd):
        self.cmd = cmd
        self.best = None       # best wall time, seconds
        self.rss_kib = 0       # largest peak RSS over the runs
        self.failure = None    # (short status, details), once failed

    def run(self, timeout, expected=None):
        """Run once; return the stdout, or None if this run failed."""
        if self.failure is not None:
            return None
        try:
            result = run_child(self.cmd, timeout)
        except ChildFailed as exc:
            self.failure = ("FAIL (cannot start)", "      " + str(exc))
            return None
        if result.timed_out:
            self.failure = ("FAIL (timeout)", "      killed after %g s" % timeout)
        elif result.code != 0:
            self.failure = ("FAIL (exit %d)" % result.code, stderr_tail(result.stderr))
        elif expected is not None and result.stdout != expected:
            self.failure = ("FAIL (output)", "      " + first_difference(expected, result.stdout))
        else:
            self.rss_kib = max(self.rss_kib, result.rss_kib)
            if self.best is None or result.seconds < self.best:
                self.best = result.seconds
            return result.stdout
        return None


def seconds(side):
    return "%.3f" % side.best if side.best is not None else "-"


def megabytes(side):
    return "%.1f" % (side.rss_kib * 1024 / MB) if side.rss_kib else "-"


def main():
    parser = argparse.ArgumentParser(
        description="Run the bench/programs benchmarks under CPython 3.13 and pyforge."
    )
    parser.add_argument(
        "names", nargs="*", metavar="NAME",
        help="programs to run (bench/programs/NAME.py; default: all)",
    )
    target = parser.add_mutually_exclusive_group()
    target.add_argument(
        "--pyforge", default=os.path.join(ROOT, "target", "release", "pyforge"),
        help="the pyforge binary, run as `PATH run FILE` (default: target/release/pyforge)",
    )
    target.add_argument(
        "--pyforge-cmd", metavar="CMD",
        help="a whole command to run instead of `PATH run`, the program's path appended "
        "(e.g. another python3, to try the runner itself)",
    )
    parser.add_argument(
        "--repeat", type=int, default=3, metavar="N",
        help="runs per program and side; the best time counts (default 3)",
    )
    parser.add_argument(
        "--timeout", type=float, default=120.0, metavar="S",
        help="kill a run after S seconds and count it as failed (default 120)",
    )
    args = parser.parse_args()
    if args.repeat < 1:
        sys.exit("*** ERROR: --repeat must be at least 1")

    names = args.names or available()
    unknown = [n for n in names if n not in available()]
    if unknown:
        sys.exit("*** ERROR: no such program: %s\n*** available: %s"
                 % (", ".join(unknown), " ".join(available())))
    if args.pyforge_cmd:
        prefix = shlex.split(args.pyforge_cmd)
    else:
        prefix = [args.pyforge, "run"]
        if not os.access(args.pyforge, os.X_OK):
            print("*** pyforge binary not found or not executable: %s (build it with "
                  "`cargo build --release`); every pyforge run will fail" % args.pyforge,
                  file=sys.stderr)

    print("CPython: %s (%s)" % (sys.executable, sys.version.split()[0]))
    print("pyforge: %s" % " ".join(prefix))
    print("best of %d runs each, wall time of the whole process" % args.repeat)
    if rss_note():
        print("*** " + rss_note())
    print()
    width = max(len("program"), max(len(n) for n in names))
    header = "%-*s %10s %10s %8s %11s %11s  %s" % (
        width, "program", "CPython s", "pyforge s", "ratio", "CPython MB", "pyforge MB",
        "status")
    print(header)
    print("-" * len(header))

    ratios = {}
    failures = []
    for name in names:
        path = os.path.join(PROGRAMS, name + ".py")
        cpython = Side([sys.executable, path])
        pyforge = Side(prefix + [path])
        expected = None
        for _ in range(args.repeat):
            out = cpython.run(args.timeout, expected)
            if expected is None:
                expected = out
            if expected is None:
                break  # the program itself fails under CPython
            pyforge.run(args.timeout, expected)
        if cpython.failure is not None:
            status, details = cpython.failure
            status = status.replace("FAIL", "FAIL CPython")
        elif pyforge.failure is not None:
            status, details = pyforge.failure
        else:
            status, details = "ok", None
        ratio = "-"
        if details is None:
            ratios[name] = pyforge.best / cpython.best
            ratio = "%.2f" % ratios[name]
        else:
            failures.append((name, status, details))
        print("%-*s %10s %10s %8s %11s %11s  %s" % (
            width, name, seconds(cpython), seconds(pyforge), ratio,
            megabytes(cpython), megabytes(pyforge), status), flush=True)

    print("-" * len(header))
    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios.values()) / len(ratios))
        worst = max(ratios, key=ratios.get)
        print("geometric mean of the ratios (pyforge/CPython, %d passing of %d): %.2f"
              % (len(ratios), len(names), geomean))
        print("maximum ratio: %.2f (%s)" % (ratios[worst], worst))
    else:
        print("geometric mean of the ratios: n/a (no program passed)")
    if failures:
        print("failed (%d of %d): %s" % (len(failures), len(names),
                                        ", ".join(name for name, _, _ in failures)))
        print()
        for name, status, details in failures:
            print("  %s: %s\n%s" % (name, status, details))
    return 1 if failures else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit("\n*** interrupted")
