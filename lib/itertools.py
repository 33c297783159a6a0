"""Functional tools for creating and using iterators.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
batched(p, n) --> [p0, p1, ..., p_n-1], [p_n, p_n+1, ..., p_2n-1], ...
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
"""

import sys as _sys


class _Sentinel:
    pass


_marker = _Sentinel()

_MAXSIZE = _sys.maxsize


def _ssize(value):
    """The value as a C Py_ssize_t: an integer or an object with __index__."""
    if type(value) is int:
        i = value
    elif type(value) is bool:
        i = 1 if value else 0
    else:
        method = getattr(type(value), '__index__', None)
        if method is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__)
        i = method(value)
    if i > _MAXSIZE or i < -_MAXSIZE - 1:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return i


def _ssize_or_minus_one(value):
    try:
        return _ssize(value)
    except Exception:
        return -1


def _is_number(obj):
    if isinstance(obj, (int, float, complex)):
        return True
    tp = type(obj)
    return (hasattr(tp, '__index__') or hasattr(tp, '__int__')
            or hasattr(tp, '__float__'))


# ---------------------------------------------------------------- infinite

class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        self._cnt = cnt + self._step
        return cnt

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (name, self._cnt)
        return '%s(%r, %r)' % (name, self._cnt, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            item = next(it, _marker)
            if item is not _marker:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=_marker):
        self._element = object
        if times is _marker:
            self._cnt = -1
        else:
            cnt = _ssize(times)
            self._cnt = cnt if cnt > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        if cnt == 0:
            raise StopIteration
        if cnt > 0:
            self._cnt = cnt - 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        name = type(self).__name__
        if self._cnt == -1:
            return '%s(%r)' % (name, self._element)
        return '%s(%r, %d)' % (name, self._element, self._cnt)


# ------------------------------------------------- terminating iterators

class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = _marker

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        val = next(self._it)
        total = self._total
        if total is _marker:
            total = val
        elif self._func is None:
            total = total + val
        else:
            total = self._func(total, val)
        self._total = total
        return total


class batched:
    """Batch data into tuples of length n. The last batch may be shorter than n.

    Loops over the input iterable and accumulates data into tuples
    up to size n.  The input is consumed lazily, just enough to
    fill a batch.  The result is yielded as soon as a batch is full
    or when the input iterable is exhausted.

        >>> for batch in batched('ABCDEFG', 3):
        ...     print(batch)
        ...
        ('A', 'B', 'C')
        ('D', 'E', 'F')
        ('G',)

    If "strict" is True, raises a ValueError if the final batch is shorter
    than n.
    """

    def __init__(self, iterable, n, *, strict=False):
        n = _ssize(n)
        if n < 1:
            raise ValueError('n must be at least one')
        self._it = iter(iterable)
        self._n = n
        self._strict = strict

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        batch = []
        n = self._n
        try:
            while len(batch) < n:
                item = next(it, _marker)
                if item is _marker:
                    break
                batch.append(item)
        except BaseException:
            self._it = None
            raise
        if len(batch) == n:
            return tuple(batch)
        if not batch:
            self._it = None
            raise StopIteration
        if self._strict:
            self._it = None
            raise ValueError('batched(): incomplete batch')
        return tuple(batch)


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            active = self._active
            if active is None:
                iterable = next(self._source, _marker)
                if iterable is _marker:
                    self._source = None
                    break
                try:
                    active = iter(iterable)
                except BaseException:
                    self._source = None
                    raise
                self._active = active
            item = next(active, _marker)
            if item is not _marker:
                return item
            self._active = None
        raise StopIteration


class compress:
    """Return data elements corresponding to true selector elements.

    Forms a shorter iterator from selected data elements using the selectors to
    choose the data elements.
    """

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            datum = next(data)
            selector = next(selectors)
            if selector:
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted.
    """

    def __init__(self, predicate, iterable, /):
        self._func = predicate
        self._it = iter(iterable)
        self._start = False

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        while True:
            item = next(it)
            if self._start:
                return item
            if not self._func(item):
                self._start = True
                return item


class filterfalse:
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false.
    """

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        func = self._func
        if func is None or func is bool:
            while True:
                item = next(it)
                if not item:
                    return item
        while True:
            item = next(it)
            if not func(item):
                return item


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

      iterable
        Elements to divide into groups according to the key function.
      key
        A function for computing the group category for each element.
        If the key function is not specified or is None, the element itself
        is used for grouping.
    """

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = _marker
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        newvalue = next(self._it)
        if self._keyfunc is None:
            newkey = newvalue
        else:
            newkey = self._keyfunc(newvalue)
        self._currvalue = newvalue
        self._currkey = newkey

    def __next__(self):
        self._currgrouper = None
        # Skip to the next group.
        while True:
            currkey = self._currkey
            if currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            else:
                tgtkey = self._tgtkey
                if not (tgtkey is currkey or tgtkey == currkey):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _marker:
            gbo._step()
        tgtkey = self._tgtkey
        currkey = gbo._currkey
        if not (tgtkey is currkey or tgtkey == currkey):
            raise StopIteration
        value = gbo._currvalue
        gbo._currvalue = _marker
        return value


_ISLICE_STOP = ('Stop argument for islice() must be None or an integer: '
                '0 <= x <= sys.maxsize.')
_ISLICE_INDICES = ('Indices for islice() must be None or an integer: '
                   '0 <= x <= sys.maxsize.')
_ISLICE_STEP = 'Step for islice() must be a positive integer or None.'


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator."""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        numargs = len(args)
        if numargs < 2:
            raise TypeError('islice expected at least 2 arguments, got %d'
                            % numargs)
        if numargs > 4:
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % numargs)
        start = 0
        stop = -1
        step = 1
        if numargs == 2:
            if args[1] is not None:
                stop = _ssize_or_minus_one(args[1])
                if stop == -1:
                    raise ValueError(_ISLICE_STOP)
        else:
            if args[1] is not None:
                start = _ssize_or_minus_one(args[1])
            if args[2] is not None:
                stop = _ssize_or_minus_one(args[2])
                if stop == -1:
                    raise ValueError(_ISLICE_STOP)
        if start < 0 or stop < -1:
            raise ValueError(_ISLICE_INDICES)
        if numargs == 4 and args[3] is not None:
            step = _ssize_or_minus_one(args[3])
        if step < 1:
            raise ValueError(_ISLICE_STEP)
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            item = next(it, _marker)
            if item is _marker:
                self._it = None
                raise StopIteration
            self._cnt += 1
        if stop != -1 and self._cnt >= stop:
            self._it = None
            raise StopIteration
        item = next(it, _marker)
        if item is _marker:
            self._it = None
            raise StopIteration
        self._cnt += 1
        nxt = self._next + self._step
        if stop != -1 and nxt > stop:
            nxt = stop
        self._next = nxt
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ...
    """

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _marker

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is _marker:
            old = next(it, _marker)
            if old is _marker:
                self._it = None
                raise StopIteration
            self._old = old
        new = next(it, _marker)
        if new is _marker:
            self._it = None
            self._old = _marker
            raise StopIteration
        self._old = new
        return (old, new)


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, predicate, iterable, /):
        self._func = predicate
        self._it = iter(iterable)
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._func(item):
            return item
        self._stop = True
        raise StopIteration


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, iterable, /):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._it = it._it
            self._link = it._link
        else:
            self._it = it
            # A link is [value, next link]; the next link is None until
            # the value has been fetched from the shared iterator.
            self._link = [None, None]

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link[1]
        if nxt is None:
            value = next(self._it)
            link[0] = value
            nxt = link[1] = [None, None]
        self._link = nxt
        return link[0]

    def __copy__(self):
        """Returns an independent iterator."""
        new = _tee.__new__(_tee)
        new._it = self._it
        new._link = self._link
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _ssize(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copyfunc = getattr(it, '__copy__', None)
    if copyfunc is None:
        first = _tee(it)
        copyfunc = first.__copy__
    else:
        first = it
    result = [first]
    for i in range(1, n):
        result.append(copyfunc())
    return tuple(result)


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.  The .__next__()
    method continues until the longest iterable in the argument sequence
    is exhausted and then it raises StopIteration.  When the shorter iterables
    are exhausted, the fillvalue is substituted in their place.  The fillvalue
    defaults to None or can be specified by a keyword argument.
    """

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) == 1 and 'fillvalue' in kwargs:
                fillvalue = kwargs['fillvalue']
            else:
                raise TypeError(
                    'zip_longest() got an unexpected keyword argument')
        self._its = [iter(it) for it in iterables]
        self._numactive = len(self._its)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._numactive == 0:
            raise StopIteration
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                item = self._fillvalue
            else:
                try:
                    item = next(it, _marker)
                except BaseException:
                    self._numactive = 0
                    raise
                if item is _marker:
                    self._numactive -= 1
                    if self._numactive == 0:
                        raise StopIteration
                    item = self._fillvalue
                    its[i] = None
            result.append(item)
        return tuple(result)


# ------------------------------------------------------------ combinatoric

def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    yield tuple([pool[0] for pool in pools])
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[j][indices[j]] for j in range(n)])


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

    For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
    The leftmost iterators are in the outermost for-loop, so the output tuples
    cycle in a manner similar to an odometer (with the rightmost element changing
    on every iteration).

    To compute the product of an iterable with itself, specify the number
    of repetitions with the optional repeat keyword argument. For example,
    product(A, repeat=4) means the same as product(A, A, A, A).

    product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
    product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...
    """

    def __init__(self, *iterables, repeat=1):
        repeat = _ssize(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(it) for it in iterables]
        self._gen = _product(pools * repeat)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    if n == 0:
        return
    while True:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
                i -= 1
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
        if i < 0:
            return


class permutations:
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)
    """

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            r = _ssize(r)
            if r < 0:
                raise ValueError('r must be non-negative')
        self._gen = _permutations(pool, r)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


class combinations:
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)
    """

    def __init__(self, iterable=_marker, r=_marker):
        if iterable is _marker:
            raise TypeError("combinations() missing required argument "
                            "'iterable' (pos 1)")
        if r is _marker:
            raise TypeError("combinations() missing required argument "
                            "'r' (pos 2)")
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _combinations(pool, r)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple([pool[k] for k in indices])


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')
    """

    def __init__(self, iterable=_marker, r=_marker):
        if iterable is _marker:
            raise TypeError("combinations_with_replacement() missing required "
                            "argument 'iterable' (pos 1)")
        if r is _marker:
            raise TypeError("combinations_with_replacement() missing required "
                            "argument 'r' (pos 2)")
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _combinations_with_replacement(pool, r)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)
