# An exception raised in a finally block replaces the one in flight; the
# traceback shows both, chained as "During handling ...".

def cleanup(resources):
    print("cleaning up", resources)
    return resources["handle"].close()

def work(resources):
    try:
        print("working")
        return resources["data"][10]
    finally:
        cleanup(resources)

work({"data": [1, 2, 3], "handle": None})
