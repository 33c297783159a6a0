# sys.exit with a string deep inside nested calls: finally blocks and with-exits run on the way
# out, the message goes to stderr and the exit status is 1.
import sys

class Step:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"begin {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"end {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False

def check_config(cfg):
    with Step("check"):
        missing = [k for k in ("host", "port", "user") if k not in cfg]
        if missing:
            sys.exit(f"error: missing config keys: {', '.join(missing)}")
        return True

def deploy(cfg):
    try:
        with Step("deploy"):
            check_config(cfg)
            print("deploying to", cfg["host"])
    finally:
        print("deploy cleanup")

def main():
    deploy({"host": "a", "port": 1, "user": "u"})
    try:
        deploy({"host": "b"})
    except SystemExit as e:
        print("caught SystemExit in main:", repr(e.code))
    sys.stdout.write("stdout still works\n")
    sys.stderr.write("a warning on stderr\n")
    try:
        deploy({})
    except Exception:
        print("not reached: SystemExit is not an Exception")
    finally:
        print("main finally")

if __name__ == "__main__":
    print("running as", __name__)
    main()
    print("never printed")
