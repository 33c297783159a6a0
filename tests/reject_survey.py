#!/usr/bin/env python3
"""Survey: does pyforge accept exactly what CPython 3.13 accepts, on mutated stdlib code?

Each mutant is a window (about --window lines of whole statements, which
CPython parses) cut out of a random UTF-8 file of CPython 3.13's standard
library (site-packages excluded), with ONE token-level edit near a random
line: a token deleted, duplicated, swapped with the next one, a token from a
pool (keywords, soft keywords, operators, names, numbers, strings, f-strings,
line breaks) inserted, or a token replaced by one from the pool. The edit is
spliced into the text at the token's offsets, so the rest of the window stays
byte-identical.

CPython's verdict is whether `ast.parse` gives a tree (in-process, warnings
silenced); pyforge's is the exit status of `pyforge ast FILE` (0 accepts,
1 rejects, anything else or a signal is a crash, no answer within --timeout
seconds is a timeout). Every mutant lands in one class:

    agree-accept             both parse it
    agree-reject             both reject it
    pyforge-accepts-invalid  CPython rejects it, pyforge prints an AST (bug)
    pyforge-rejects-valid    CPython parses it, pyforge reports an error (bug)
    crash                    pyforge exits with neither 0 nor 1, or by signal
    timeout                  pyforge ran longer than --timeout seconds

Each disagreement (and crash/timeout) is minimized while it persists (same
class, and the same CPython message for accepts-invalid, the same pyforge
message for rejects-valid, the same panic line for a crash): delta debugging
on lines, then on tokens (words, single characters, whitespace runs). The
minimized examples are grouped by that message.

    PYENV_VERSION=3.13.0 python3 tests/reject_survey.py [--pyforge PATH]
        [--seed S] [--count N] [--jobs J] [--timeout T] [--window W]
        [--examples K] [--max-minimize M] [--report FILE] [PATH ...]

This is a measurement, not a test: the exit status is 0 whatever the counts
(2 on bad usage). The pyforge binary is copied to a temporary directory first,
so rebuilding it during a run does not mix two versions.
"""

import argparse
import ast
import bisect
import collections
import concurrent.futures
import functools
import hashlib
import io
import keyword
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import tokenize
import warnings

if sys.version_info[:2] != (3, 13):
    sys.exit(
        "*** ERROR: tests/reject_survey.py must run under CPython 3.13 (the "
        "reference), not %s.\n*** Use: PYENV_VERSION=3.13.0 python3 "
        "tests/reject_survey.py ..." % sys.version.split()[0]
    )

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CLASSES = [
    "agree-accept",
    "agree-reject",
    "pyforge-accepts-invalid",
    "pyforge-rejects-valid",
    "crash",
    "timeout",
]
DISAGREEMENTS = CLASSES[2:]

# Exceptions meaning "CPython gives no AST for this source".
CPYTHON_REJECTS = (SyntaxError, ValueError, UnicodeDecodeError, MemoryError,
                   RecursionError, OverflowError)

# The pool of tokens to insert or to replace a token with, by group; a group
# is picked first (with the weight given), then a token in it.
POOL = [
    (3, keyword.kwlist + keyword.softkwlist),
    (4, ["*", "**", "=", ":=", ":", ",", ".", ";", "(", ")", "[", "]", "{", "}",
         "->", "@", "|", "&", "~", "<", ">", "==", "!=", "+", "-", "/", "//",
         "%", "^", "<<", ">>", "+=", "**=", "...", "!", "not", "in", "is",
         "lambda", "yield", "await", "async", "not in", "is not"]),
    (2, ["x", "foo", "self", "print", "0", "1", "1.5", "0x1f", "1j", "1_000",
         "1e3", "'a'", '"b"', "b'c'", "r'\\d'", "'''t'''", "u'u'",
         'f"{x}"', 'f"{x!r}"', 'f"{x:>10}"', "f'{x=}'", 'f"a{x}b{y}"', "rb'x'"]),
    (1, ["\n", "\\\n", "    ", "\t"]),
]
# Token kinds a mutation may start from (and which operations they allow).
REAL = {tokenize.NAME, tokenize.NUMBER, tokenize.STRING, tokenize.OP,
        tokenize.FSTRING_START, tokenize.FSTRING_END}
LAYOUT_OPS = {tokenize.NEWLINE: ("delete", "replace", "insert"),
              tokenize.INDENT: ("delete", "duplicate", "insert")}
ALL_OPS = ("delete", "duplicate", "swap", "insert", "replace")

_WORDISH = re.compile(r"[\w'\"]")


def glue(left, piece, right):
    """left + piece + right, with a space where piece would fuse with a neighbour
    (or, piece being empty, where left and right would fuse)."""
    if not piece:
        if left and right and _WORDISH.match(left[-1]) and _WORDISH.match(right[0]):
            return left + " " + right
        return left + right
    if left and piece and _WORDISH.match(left[-1]) and _WORDISH.match(piece[0]):
        piece = " " + piece
    if right and piece and _WORDISH.match(piece[-1]) and _WORDISH.match(right[0]):
        piece = piece + " "
    return left + piece + right


# ---------------------------------------------------------------- verdicts

def cpython_verdict(data):
    """(True, None) if ast.parse(data) gives a tree, else (False, (message, description))."""
    try:
        ast.parse(data)
        return True, None
    except CPYTHON_REJECTS as exc:
        if isinstance(exc, SyntaxError):
            where = " (line %s, col %s)" % (exc.lineno, exc.offset)
            return False, (exc.msg, "%s: %s%s" % (type(exc).__name__, exc.msg, where))
        return False, (str(exc), "%s: %s" % (type(exc).__name__, exc))
    except Exception as exc:  # any other failure is a rejection too, but say so
        return False, (str(exc), "unexpected %s: %s" % (type(exc).__name__, exc))


class Pyforge:
    """Runs `pyforge ast` on sources, one temporary file per thread."""

    def __init__(self, binary, tmpdir, timeout):
        self.binary = binary
        self.tmpdir = tmpdir
        self.timeout = timeout
        self.local = threading.local()
        self.runs = 0

    def path(self):
        if not hasattr(self.local, "path"):
            self.local.path = os.path.join(self.tmpdir, "mutant_%d.py" % threading.get_ident())
        return self.local.path

    def run(self, data, timeout=None):
        """(exit code or 'timeout', stderr text) of `pyforge ast` on the bytes data."""
        path = self.path()
        with open(path, "wb") as f:
            f.write(data)
        self.runs += 1
        try:
            proc = subprocess.run([self.binary, "ast", path], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, timeout=timeout or self.timeout)
        except subprocess.TimeoutExpired:
            return "timeout", ""
        return proc.returncode, proc.stderr.decode("utf-8", errors="replace")


def first_line_with(text, *needles):
    """First line of text containing one of needles, else its first non-blank line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        if any(needle in line for needle in needles):
            return line
    return lines[0] if lines else "(no output)"


def pyforge_message(err):
    """The message of a pyforge diagnostic, with its line:column when shown."""
    lines = err.splitlines()
    message = first_line_with(err, "Error")
    # A long message is wrapped onto lines starting with the frame's `│`.
    for k, line in enumerate(lines):
        if line.strip() == message:
            for more in lines[k + 1:]:
                if not more.strip().startswith("│"):
                    break
                message += " " + more.strip().lstrip("│").strip()
            break
    message = message.lstrip("×").strip()
    where = re.search(r"\[[^\]\n]*:(\d+):(\d+)\]", err)
    return message, message + (" (line %s, col %s)" % where.groups() if where else "")


def crash_message(code, err):
    if code < 0:
        try:
            how = "killed by %s" % signal.Signals(-code).name
        except ValueError:
            how = "killed by signal %d" % -code
    else:
        how = "exit status %d" % code
    line = first_line_with(err, "panicked", "error", "Error")
    return how + ": " + line


def normalize(message):
    """Message with numbers masked, so that messages naming lines group together."""
    return re.sub(r"\d+", "N", message)


def verdict(pyforge, data, timeout=None):
    """Classify data: (class, key, description). key is what minimization keeps fixed."""
    cp_ok, cp_err = cpython_verdict(data)
    code, err = pyforge.run(data, timeout)
    if code == "timeout":
        return "timeout", "timeout", "no answer within %g s" % (timeout or pyforge.timeout)
    if code not in (0, 1):
        text = crash_message(code, err)
        return "crash", normalize(text), text
    if cp_ok and code == 0:
        return "agree-accept", None, None
    if not cp_ok and code == 1:
        return "agree-reject", None, None
    if not cp_ok:
        return "pyforge-accepts-invalid", normalize(cp_err[0]), "CPython: " + cp_err[1]
    message, text = pyforge_message(err)
    return "pyforge-rejects-valid", normalize(message), "pyforge: " + text


# ---------------------------------------------------------------- windows

def split_lines(text):
    """Lines of text, each ending with '\\n' (Python's line ends only: no \\f etc.)."""
    lines = [line + "\n" for line in text.split("\n")]
    if text.endswith("\n"):
        lines.pop()
    return lines


def collect(paths):
    files = []
    for top in paths:
        if os.path.isfile(top):
            files.append((top, top))
            continue
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


@functools.lru_cache(maxsize=32)
def load(path):
    """(lines, module) of a usable file (UTF-8, \\n line ends, CPython parses it), else None."""
    try:
        with open(path, "rb") as f:
            data = f.read()
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        if encoding not in ("utf-8", "utf-8-sig"):
            return None
        text = data.decode("utf-8-sig")
    except (OSError, SyntaxError, UnicodeDecodeError):
        return None
    if "\r" in text or "\0" in text or not text.strip():
        return None
    try:
        tree = ast.parse(text)
    except CPYTHON_REJECTS:
        return None
    if not tree.body:
        return None
    return split_lines(text), tree


def stmt_start(node):
    """First line of a statement, decorators included."""
    return min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])


def blocks(node):
    """[(header line ranges, statement list)]: the blocks of a compound statement
    that can be kept alone with just the header lines (and a first body
    statement where the grammar needs one)."""
    start = stmt_start(node)
    out = []
    body = getattr(node, "body", None)
    if not isinstance(body, list) or not body or isinstance(node, ast.Match):
        body = None
    if body:
        head = (start, stmt_start(body[0]) - 1)
        out.append(([head], body))
        first = (start, body[0].end_lineno)
        orelse = getattr(node, "orelse", None) or []
        handlers = getattr(node, "handlers", None) or []
        for handler in handlers:
            out.append(([first, (handler.lineno, stmt_start(handler.body[0]) - 1)], handler.body))
        if orelse:
            before = handlers[-1].end_lineno if handlers else body[-1].end_lineno
            extra = []
            if handlers:  # try ... else needs an except clause: keep the first one
                extra = [(handlers[0].lineno, handlers[0].body[0].end_lineno)]
            out.append(([first] + extra + [(before + 1, stmt_start(orelse[0]) - 1)], orelse))
        finalbody = getattr(node, "finalbody", None) or []
        if finalbody:
            last = (orelse or handlers or body)[-1].end_lineno
            out.append(([first, (last + 1, stmt_start(finalbody[0]) - 1)], finalbody))
    elif isinstance(node, ast.Match):
        head = (start, node.cases[0].pattern.lineno - 1)
        for case in node.cases:
            out.append(([head, (case.pattern.lineno, stmt_start(case.body[0]) - 1)], case.body))
    # A block whose header runs into its first statement (`if x: y`) cannot be
    # cut out; such a block is on one line anyway.
    return [(heads, block) for heads, block in out if all(a <= b for a, b in heads)]


def window_ranges(stmts, line, budget):
    """Line ranges of whole statements of stmts around line, about budget lines long."""
    spans = [(stmt_start(s), s.end_lineno) for s in stmts]
    idx = None
    for i, (a, b) in enumerate(spans):
        if a <= line <= b:
            idx = i
            break
    if idx is None:  # line between statements: the nearest one
        idx = min(range(len(spans)), key=lambda i: min(abs(spans[i][0] - line),
                                                       abs(spans[i][1] - line)))
    a, b = spans[idx]
    if b - a + 1 > budget:
        # Too big: descend into the block holding line (or the next block).
        options = blocks(stmts[idx])
        chosen = None
        for heads, block in options:
            if stmt_start(block[0]) <= line <= block[-1].end_lineno:
                chosen = heads, block, line
                break
        if chosen is None:
            for heads, block in options:
                if stmt_start(block[0]) > line:
                    chosen = heads, block, stmt_start(block[0])
                    break
        if chosen is None:
            return [(a, b)]
        heads, block, target = chosen
        used = sum(y - x + 1 for x, y in heads)
        return heads + window_ranges(block, target, max(10, budget - used))
    lo = hi = idx
    grown = True
    while grown:
        grown = False
        if hi + 1 < len(spans) and spans[hi + 1][1] - spans[lo][0] + 1 <= budget:
            hi += 1
            grown = True
        if lo > 0 and spans[hi][1] - spans[lo - 1][0] + 1 <= budget:
            lo -= 1
            grown = True
    return [(spans[lo][0], spans[hi][1])]


def make_window(lines, tree, line, budget):
    """(window text, kept original line numbers) around line, which CPython parses."""
    attempts = [lambda: window_ranges(tree.body, line, budget),
                lambda: window_ranges(tree.body, line, 10 ** 9)]
    for attempt in attempts:
        keep = sorted({n for a, b in attempt() for n in range(a, b + 1) if 1 <= n <= len(lines)})
        text = "".join(lines[n - 1] for n in keep)
        try:
            ast.parse(text.encode("utf-8"))
            return text, keep
        except CPYTHON_REJECTS:
            continue
    return "".join(lines), list(range(1, len(lines) + 1))


# ---------------------------------------------------------------- mutation

def pool_token(rng):
    weights = [w for w, _ in POOL]
    group = rng.choices([g for _, g in POOL], weights=weights)[0]
    return rng.choice(group)


def spans_of(text):
    """[(type, string, start offset, end offset)] of the tokens whose text is
    where tokenize says (FSTRING_MIDDLE offsets are not reliable: skipped)."""
    starts = [0]
    for m in re.finditer("\n", text):
        starts.append(m.end())
    out = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type not in REAL and tok.type not in LAYOUT_OPS or not tok.string:
                continue
            s = starts[tok.start[0] - 1] + tok.start[1]
            e = starts[tok.end[0] - 1] + tok.end[1]
            if text[s:e] == tok.string:
                out.append((tok.type, tok.string, s, e, tok.start[0]))
    except (tokenize.TokenError, SyntaxError, IndexError):
        return []
    return out


def mutate(rng, text, row):
    """One token-level edit of text near line row: (new text, description) or None."""
    toks = spans_of(text)
    if not toks:
        return None
    best = min(abs(t[4] - row) for t in toks)
    near = [i for i, t in enumerate(toks) if abs(t[4] - row) == best]
    i = rng.choice(near)
    kind, string, s, e, _ = toks[i]
    ops = LAYOUT_OPS.get(kind, ALL_OPS)
    op = rng.choice(ops)
    shown = tokenize.tok_name[kind] + " " + repr(string)
    if op == "swap":
        if i + 1 < len(toks) and toks[i + 1][0] in REAL:
            _, string2, s2, e2, _ = toks[i + 1]
            new = glue(glue(text[:s], string2, "") + text[e:s2], string, text[e2:])
            return new, "swap %s with %r" % (shown, string2)
        op = "delete"
    if op == "delete":
        return glue(text[:s], "", text[e:]), "delete " + shown
    if op == "duplicate":
        return glue(text[:e], string, text[e:]), "duplicate " + shown
    piece = pool_token(rng)
    if op == "replace":
        return glue(text[:s], piece, text[e:]), "replace %s by %r" % (shown, piece)
    if rng.random() < 0.5:
        return glue(text[:s], piece, text[s:]), "insert %r before %s" % (piece, shown)
    return glue(text[:e], piece, text[e:]), "insert %r after %s" % (piece, shown)


def generate(rng, files, count, budget):
    """count mutants: dicts with origin, op, window (text) and src (bytes)."""
    mutants = []
    usable = {}
    tries = 0
    while len(mutants) < count:
        tries += 1
        if tries > 50 * count + 1000:
            sys.exit("*** ERROR: could not make enough mutants (no usable files?)")
        path, display = rng.choice(files)
        if usable.get(path) is False:
            continue
        loaded = load(path)
        usable[path] = loaded is not None
        if loaded is None:
            continue
        lines, tree = loaded
        line = rng.randrange(1, len(lines) + 1)
        window, keep = make_window(lines, tree, line, budget)
        row = bisect.bisect_left(keep, line) + 1
        row = min(row, len(keep))
        result = mutate(rng, window, row)
        if result is None or result[0] == window:
            continue
        new, op = result
        mutants.append({
            "origin": "%s:%d" % (display, line),
            "op": op,
            "window": window,
            "src": new.encode("utf-8", errors="surrogatepass"),
        })
    return mutants


# ---------------------------------------------------------------- minimization

def ddmin(units, interesting, budget):
    """Delta debugging (complements only): a short sublist of units still interesting."""
    n = 2
    while len(units) >= 2 and budget[0] > 0:
        chunk = -(-len(units) // n)
        for start in range(0, len(units), chunk):
            candidate = units[:start] + units[start + chunk:]
            if candidate and interesting(candidate):
                units = candidate
                n = max(n - 1, 2)
                break
        else:
            if n >= len(units):
                break
            n = min(len(units), n * 2)
    return units


TOKEN_UNITS = re.compile(r"\w+|[^\S\n]+|\n|.", re.S)


def minimize(pyforge, src, cls, key, max_tests, time_budget):
    """Shrink src (bytes) while verdict() stays (cls, key)."""
    text = src.decode("utf-8", errors="surrogatepass")
    seen = {}
    budget = [max_tests]
    deadline = time.monotonic() + time_budget

    def interesting_text(candidate):
        if candidate in seen:
            return seen[candidate]
        if budget[0] <= 0 or time.monotonic() > deadline:
            budget[0] = 0
            return False
        budget[0] -= 1
        got = verdict(pyforge, candidate.encode("utf-8", errors="surrogatepass"))
        seen[candidate] = ok = got[0] == cls and got[1] == key
        return ok

    best = text
    for _ in range(3):
        before = best
        units = ddmin(split_lines(best), lambda u: interesting_text("".join(u)), budget)
        best = "".join(units)
        units = ddmin(TOKEN_UNITS.findall(best), lambda u: interesting_text("".join(u)), budget)
        best = "".join(units)
        # Long names are noise: try short ones instead, one name at a time.
        names = sorted({w for w in re.findall(r"\b[^\W\d]\w+", best)
                        if not keyword.iskeyword(w) and not keyword.issoftkeyword(w)},
                       key=lambda w: (-len(w), w))
        spare = [c for c in "xyzabcdefghijklmnopqrstuvw" if not re.search(r"\b%s\b" % c, best)]
        for name in names:
            if not spare:
                break
            candidate = re.sub(r"\b%s\b" % re.escape(name), spare[0], best)
            if candidate != best and interesting_text(candidate):
                best = candidate
                spare.pop(0)
        # Common leading indentation, if any, is noise.
        lines = split_lines(best)
        indents = [len(l) - len(l.lstrip(" ")) for l in lines if l.strip()]
        cut = min(indents) if indents else 0
        if cut:
            dedented = "".join(l[cut:] if l.strip() else l for l in lines)
            if interesting_text(dedented):
                best = dedented
        if best == before or budget[0] <= 0:
            break
    return best.encode("utf-8", errors="surrogatepass"), max_tests - budget[0]


# ---------------------------------------------------------------- main

def pin_binary(binary, tmpdir):
    """Copy the binary (retrying while it is missing or being rebuilt) and return the copy."""
    copy = os.path.join(tmpdir, "pyforge")
    deadline = time.monotonic() + 600
    while True:
        try:
            shutil.copy2(binary, copy)
            proc = subprocess.run([copy, "--version"], capture_output=True, timeout=30)
            if proc.returncode == 0:
                return copy
        except (OSError, subprocess.SubprocessError):
            pass
        if time.monotonic() > deadline:
            sys.exit("*** ERROR: pyforge binary not usable: %s" % binary)
        print("waiting for %s ..." % binary, file=sys.stderr)
        time.sleep(10)


def main():
    parser = argparse.ArgumentParser(
        description="Do pyforge and CPython 3.13 accept the same mutated stdlib code?")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help=".py files or directories (default: CPython's stdlib)")
    parser.add_argument("--pyforge", default=os.path.relpath(
                            os.path.join(ROOT, "target", "release", "pyforge")),
                        help="the pyforge binary (default: target/release/pyforge of this checkout)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=2000, help="number of mutants")
    parser.add_argument("--jobs", type=int, default=2, help="parallel pyforge runs")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per pyforge run")
    parser.add_argument("--window", type=int, default=60,
                        help="about how many lines of whole statements a mutant keeps")
    parser.add_argument("--examples", type=int, default=3,
                        help="distinct minimized examples shown per group")
    parser.add_argument("--max-minimize", type=int, default=10,
                        help="disagreements minimized per class and message (the rest are counted)")
    parser.add_argument("--max-tests", type=int, default=3000,
                        help="pyforge runs allowed per minimization")
    parser.add_argument("--report", metavar="FILE", help="also write the report to FILE")
    args = parser.parse_args()
    if args.jobs < 1 or args.count < 1:
        parser.error("--jobs and --count must be at least 1")

    # One global filter (catch_warnings() is not thread-safe): SyntaxWarnings
    # for invalid escapes and the like are expected.
    warnings.simplefilter("ignore")
    sys.setrecursionlimit(10000)

    paths = args.paths or [sysconfig.get_paths()["stdlib"]]
    files = collect(paths)
    if not files:
        sys.exit("*** ERROR: no .py files under %s" % ", ".join(paths))

    started = time.monotonic()
    rng = random.Random(args.seed)
    mutants = generate(rng, files, args.count, args.window)
    out = []

    def say(line=""):
        out.append(line)
        print(line, flush=True)

    with tempfile.TemporaryDirectory(prefix="reject_survey_") as tmpdir:
        pyforge = Pyforge(pin_binary(args.pyforge, tmpdir), tmpdir, args.timeout)
        counts = dict.fromkeys(CLASSES, 0)

        def evaluate(m):
            cls, key, detail = verdict(pyforge, m["src"])
            base = None
            if cls in DISAGREEMENTS:
                base = verdict(pyforge, m["window"].encode("utf-8", errors="surrogatepass"))[0]
            return cls, key, detail, base

        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for done, (m, result) in enumerate(zip(mutants, pool.map(evaluate, mutants)), 1):
                m["cls"], m["key"], m["detail"], m["base"] = result
                counts[m["cls"]] += 1
                if done % 250 == 0:
                    print("  %d/%d mutants checked" % (done, len(mutants)), file=sys.stderr)

            # Minimize up to --max-minimize disagreements per (class, message).
            todo = []
            taken = collections.Counter()
            for m in mutants:
                if m["cls"] in DISAGREEMENTS:
                    group = (m["cls"], m["key"])
                    taken[group] += 1
                    if taken[group] <= args.max_minimize:
                        todo.append(m)
            print("  minimizing %d disagreements" % len(todo), file=sys.stderr)

            def shrink(m):
                slow = m["cls"] == "timeout"
                return minimize(pyforge, m["src"], m["cls"], m["key"],
                                60 if slow else args.max_tests, 600 if slow else 300)

            for m, (small, tests) in zip(todo, pool.map(shrink, todo)):
                m["min"] = small
                m["min_detail"] = verdict(pyforge, small)[2] if m["cls"] != "timeout" else m["detail"]

        elapsed = time.monotonic() - started
        say("reject survey: seed %d, %d mutants of %s, window %d lines, pyforge %s"
            % (args.seed, args.count, ", ".join(paths) if args.paths else "the stdlib",
               args.window, args.pyforge))
        with open(pyforge.binary, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()[:12]
        say("%.1f s, %d pyforge runs, binary sha256 %s..." % (elapsed, pyforge.runs, digest))
        say()
        for cls in CLASSES:
            say("  %-24s %d" % (cls, counts[cls]))

        groups = collections.OrderedDict()
        for cls in DISAGREEMENTS:
            for m in mutants:
                if m["cls"] == cls:
                    groups.setdefault((cls, m["key"]), []).append(m)
        order = sorted(groups, key=lambda g: (CLASSES.index(g[0]), -len(groups[g]), g[1]))
        if order:
            say()
            say("disagreements, grouped by class and message (minimized examples):")
        for number, group in enumerate(order, 1):
            members = groups[group]
            cls, key = group
            say()
            say("[%d] %s: %s  (%d mutant%s)" % (number, cls, key, len(members),
                                                 "" if len(members) == 1 else "s"))
            seen = collections.OrderedDict()
            for m in members:
                if "min" in m:
                    seen.setdefault(m["min"], []).append(m)
            shown = sorted(seen, key=lambda s: (len(s), s))[: args.examples]
            for small in shown:
                first = seen[small][0]
                say("    %s" % repr(small.decode("utf-8", errors="surrogatepass")))
                say("        %s" % first["min_detail"])
                base = "" if first["base"] == "agree-accept" else \
                    "; unmutated window: %s" % first["base"]
                say("        from %s, %s%s" % (first["origin"], first["op"], base))
            if len(seen) > len(shown):
                say("    ... %d more distinct minimized example(s)" % (len(seen) - len(shown)))
            unminimized = sum("min" not in m for m in members)
            if unminimized:
                say("    (%d not minimized: --max-minimize %d)" % (unminimized, args.max_minimize))
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
