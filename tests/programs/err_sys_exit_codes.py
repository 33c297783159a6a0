# Exit statuses: sys.exit(None) and sys.exit(0) are success, SystemExit codes inspected while caught,
# output written with sys.stdout.write before the final sys.exit(7).
import sys

def attempt(code_args):
    try:
        sys.exit(*code_args)
    except SystemExit as e:
        return e.code

for args in [(), (None,), (0,), (1,), (255,), (-1,), ("msg",), (True,), (3.5,)]:
    print(repr(args), "->", repr(attempt(args)))

def with_finally():
    try:
        sys.exit(11)
    finally:
        print("finally sees the exit in flight")
try:
    with_finally()
except SystemExit as e:
    print("code", e.code)

def override_in_finally():
    try:
        sys.exit(1)
    finally:
        return "return in finally swallowed SystemExit"
print(override_in_finally())

raised = SystemExit(5)
print(isinstance(raised, BaseException), isinstance(raised, Exception), raised.code, str(raised), repr(raised))
print(str(SystemExit()), repr(str(SystemExit())), str(SystemExit("text")), SystemExit(1, 2).code)

n = sys.stdout.write("written with sys.stdout.write\n")
print("write returned", n)
sys.stdout.write("no newline, then ")
sys.stdout.write("continued\n")
sys.stderr.write("this line goes to stderr\n")
print("to stderr via print", file=sys.stderr)
print("argv is a list of", type(sys.argv[0]).__name__, "with", len(sys.argv), "item(s)")
print("recursion limit", sys.getrecursionlimit(), "maxsize", sys.maxsize, sys.maxsize == 2 ** 63 - 1)
sys.exit(7)
