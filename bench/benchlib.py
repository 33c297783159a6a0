"""Helpers shared by the benchmark scripts in this directory.

The scripts run as `python3 bench/SCRIPT.py`, so this directory is first on
sys.path and `import benchlib` finds this file.
"""

import collections
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MB = 1e6


def require_reference(script):
    """Exit with a clear message unless this interpreter is CPython 3.13."""
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 13):
        sys.exit(
            "*** ERROR: bench/%s must run under CPython 3.13 (the reference), not "
            "%s %s.\n*** Use: PYENV_VERSION=3.13.0 python3 bench/%s ..."
            % (script, sys.implementation.name, sys.version.split()[0], script)
        )


class ChildFailed(Exception):
    pass


# stdout and stderr decoded (invalid UTF-8 replaced), the exit code (negative:
# killed by that signal), the child's own peak RSS in KiB, the wall time in
# seconds from just before the start to just after the reaping, and whether
# the timeout killed it.
ChildResult = collections.namedtuple(
    "ChildResult", "stdout stderr code rss_kib seconds timed_out"
)

_gnu_time = []


def gnu_time():
    """The path of GNU time (`/usr/bin/time`), or None if there is none.

    Why it is needed: Linux folds the RSS high-water mark of the memory image
    a process replaces at execve into that process's ru_maxrss. A child that
    subprocess starts with vfork replaces this script's own image, so its
    ru_maxrss is never below this script's peak RSS (and after a plain fork,
    never below its current RSS): a child that needs 5 MB would be reported
    at 14 MB, or at 70 MB after parse_stdlib.py has parsed the standard
    library. GNU time is a small C program that forks, runs the command and
    reports the command's ru_maxrss from wait4, so the floor is its own few
    hundred KiB.
    """
    if not _gnu_time:
        path = shutil.which("time") or "/usr/bin/time"
        try:
            probe = subprocess.run([path, "--version"], capture_output=True, text=True,
                                   timeout=10)
            found = "GNU" in probe.stdout + probe.stderr
        except (OSError, subprocess.SubprocessError):
            found = False
        _gnu_time.append(path if found else None)
    return _gnu_time[0]


def rss_note():
    """None if peak RSS figures are exact, else a warning saying how they are not."""
    if gnu_time():
        return None
    return ("GNU time (/usr/bin/time, Debian package `time`) not found: every peak RSS "
            "is at least this script's own peak RSS at the moment the child started "
            "(%.1f MB now)" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB))


def run_child(cmd, timeout=None):
    """Run cmd to completion (or SIGKILL it after timeout seconds): a ChildResult.

    The child is reaped with os.wait4 instead of Popen.wait so that the rusage
    is that child's alone. It runs under GNU time when there is one, which
    reports the command's own ru_maxrss (see gnu_time); without it, the
    ru_maxrss of wait4 is used. Output goes to temporary files, not pipes, so
    that nothing has to be read while waiting. The child gets a session (and
    process group) of its own, killed as a whole on timeout or interrupt.
    Raises ChildFailed if the command cannot be started.
    """
    if shutil.which(cmd[0]) is None:
        raise ChildFailed("cannot start %s: not found or not executable" % cmd[0])
    timer = gnu_time()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".rss") as report:
        full = [timer, "-f", "%M", "-o", report.name, "--"] + cmd if timer else cmd
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(full, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                    start_new_session=True)
        except OSError as exc:
            raise ChildFailed("cannot start %s: %s" % (cmd[0], exc))
        lock = threading.Lock()
        state = {"reaped": False, "killed": False}

        def kill():
            with lock:
                if not state["reaped"]:
                    state["killed"] = True
                    os.killpg(proc.pid, signal.SIGKILL)

        alarm = threading.Timer(timeout, kill) if timeout is not None else None
        if alarm is not None:
            alarm.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:  # KeyboardInterrupt: do not leave the child running
            kill()
            os.wait4(proc.pid, 0)
            raise
        finally:
            if alarm is not None:
                alarm.cancel()
        seconds = time.perf_counter() - start
        with lock:
            state["reaped"] = True
        # Tell Popen the child is gone, so it does not try to reap it again.
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        rss = usage.ru_maxrss
        if timer and not state["killed"]:
            # GNU time writes "%M", after a line "Command exited with non-zero
            # status N" or "Command terminated by signal N" if so.
            lines = report.read().split("\n")
            lines = [l for l in lines if l.strip()]
            if lines and lines[-1].strip().isdigit():
                rss = int(lines[-1])
            if lines and lines[0].startswith("Command terminated by signal "):
                code = -int(lines[0].split()[-1])
        out.seek(0)
        err.seek(0)
        return ChildResult(
            out.read().decode("utf-8", errors="replace"),
            err.read().decode("utf-8", errors="replace"),
            code,
            rss,
            seconds,
            state["killed"],
        )


def describe_failure(name, code, stderr):
    """name, its exit status and the last ten non-blank lines of its stderr."""
    lines = [l for l in stderr.strip().splitlines() if l.strip()]
    tail = "\n".join("    " + l for l in lines[-10:]) or "    (no stderr)"
    return "%s failed (exit status %d):\n%s" % (name, code, tail)
