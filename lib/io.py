"""The `open()` built-in: text and binary files read whole when opened and
written when flushed or closed (writes are buffered, as CPython's are), over
the `_fileio` primitives."""

import _fileio

DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def _check_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    kinds = set(mode)
    if len(kinds) != len(mode) or not kinds <= set("rwxabt+"):
        raise ValueError("invalid mode: '%s'" % mode)
    creating = "x" in kinds
    reading = "r" in kinds
    writing = "w" in kinds
    appending = "a" in kinds
    if creating + reading + writing + appending != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if "t" in kinds and "b" in kinds:
        raise ValueError("can't have text and binary mode at once")


class _File:
    def __init__(self, name, mode, binary, encoding, newline):
        self.name = name
        self.mode = mode
        self._binary = binary
        self.encoding = None if binary else (encoding or "UTF-8")
        self._newline = newline
        self._readable = "r" in mode or "+" in mode
        self._writable = "r" not in mode or "+" in mode
        self._pending = []
        self._size = 0
        self._data = b"" if binary else ""
        self._pos = 0
        self.closed = False
        if "r" in mode:
            self._load()
        elif "x" in mode:
            _fileio.write(name, b"", "x")
        elif "w" in mode:
            _fileio.write(name, b"", "t")
        elif "a" in mode:
            _fileio.write(name, b"", "a")
        self._how = "a"

    def _load(self):
        raw = _fileio.read(self.name)
        if self._binary:
            self._data = raw
            return
        text = raw.decode(self.encoding)
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._data = text

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def read(self, size=-1):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("not readable")
        if size is None or size < 0:
            end = len(self._data)
        else:
            end = min(len(self._data), self._pos + size)
        chunk = self._data[self._pos:end]
        self._pos = end
        return chunk

    def readline(self, size=-1):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("not readable")
        nl = b"\n" if self._binary else "\n"
        i = self._data.find(nl, self._pos)
        end = len(self._data) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._data[self._pos:end]
        self._pos = end
        return line

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("not writable")
        if self._binary:
            if not isinstance(s, bytes):
                raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
        elif not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        self._pending.append(s)
        self._size += len(s)
        if self._size >= DEFAULT_BUFFER_SIZE:
            self.flush()
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()
        if self._pending:
            data = (b"" if self._binary else "").join(self._pending)
            if not self._binary:
                data = data.encode(self.encoding)
            _fileio.write(self.name, data, self._how)
            self._pending = []
            self._size = 0

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self.closed = True

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    def __repr__(self):
        if self._binary:
            kind = "_io.BufferedReader" if "r" in self.mode else "_io.BufferedWriter"
            return "<%s name=%r>" % (kind, self.name)
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (
            self.name, self.mode, self.encoding.lower() if self.encoding == "UTF-8" else self.encoding)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    _check_mode(mode)
    binary = "b" in mode
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if not isinstance(file, str):
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(file).__name__)
    return _File(file, mode, binary, encoding, newline)
