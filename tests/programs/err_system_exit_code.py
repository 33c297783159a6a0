# SystemExit with an integer code: no traceback, exit status is the code.

def main(args):
    print("args:", args)
    total = 0
    for a in args:
        total += a
        print("running total", total)
    try:
        raise SystemExit(9)
    except SystemExit as e:
        print("caught SystemExit with code", e.code)
    finally:
        print("finally runs on SystemExit too")
    if total > 5:
        raise SystemExit(3)
    print("not reached")

main([1, 2, 3])
