# A three-part chain mixing an implicit context and an explicit cause.

class StorageError(Exception):
    pass

class RequestError(Exception):
    pass

def read_block(blocks, n):
    return blocks[n]

def read_file(blocks, n):
    try:
        return read_block(blocks, n)
    except IndexError:
        # a bug in the handler: an implicit chain
        return blocks.missing_attribute

def handle_request(blocks, n):
    try:
        return read_file(blocks, n)
    except AttributeError as e:
        raise RequestError("request for block %d failed" % n) from e

blocks = ["b0", "b1"]
print(handle_request(blocks, 1))
print(handle_request(blocks, 7))
