"""Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

Usage:

heap = []            # creates an empty heap
heappush(heap, item) # pushes a new item on the heap
item = heappop(heap) # pops the smallest item from the heap
item = heap[0]       # smallest item on the heap without popping it
heapify(x)           # transforms list into a heap, in-place, in linear time
item = heappushpop(heap, item) # pushes a new item and then returns
                               # the smallest item; the heap size is unchanged
item = heapreplace(heap, item) # pops and returns smallest item, and adds
                               # new item; the heap size is unchanged
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


class _Sentinel:
    pass


_missing = _Sentinel()


def _check(heap, func, which):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (func, which, type(heap).__name__))


# The sift helpers.  _siftdown moves the item at pos up towards startpos
# while it is smaller than its parent; _siftup first moves the smaller child
# up until a leaf is reached ("bottom-up" heapsort variant, which needs
# fewer comparisons on average), then sifts the original item back down
# into place.

def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap, 'heappush', ' 1')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap, 'heappop', '')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item.

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap.  Note that the value
    returned may be larger than item!  That constrains reasonable uses of
    this routine unless written as part of a conditional replacement:

        if item > heap[0]:
            item = heapreplace(heap, item)
    """
    _check(heap, 'heapreplace', ' 1')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item
    from the heap.

    The combined action runs more efficiently than heappush() followed by
    a separate call to heappop()."""
    _check(heap, 'heappushpop', ' 1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check(heap, 'heapify', '')
    n = len(heap)
    for i in reversed(range(n // 2)):
        _siftup(heap, i)


def _heapify_max(heap, /):
    """Maxheap variant of heapify."""
    _check(heap, '_heapify_max', '')
    n = len(heap)
    for i in reversed(range(n // 2)):
        _siftup_max(heap, i)


def _heappop_max(heap, /):
    """Maxheap variant of heappop."""
    _check(heap, '_heappop_max', '')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    _check(heap, '_heapreplace_max', ' 1')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    '''
    if reverse:
        make_heap = _heapify_max
        pop = _heappop_max
        replace = _heapreplace_max
        sign = -1
    else:
        make_heap = heapify
        pop = heappop
        replace = heapreplace
        sign = 1

    # Each entry is [sort key, tie breaker, value, iterator]; the tie
    # breaker (the input's position) keeps the merge stable and ensures
    # values and iterators are never compared.
    entries = []
    order = 0
    for iterable in iterables:
        it = iter(iterable)
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order * sign, value, it])
            break
        order += 1
    make_heap(entries)

    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        it = entry[3]
        for value in it:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(entries, entry)
            break
        else:
            pop(entries)

    if entries:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            yield value


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        if key is None:
            result = min(iterable, default=_missing)
        else:
            result = min(iterable, default=_missing, key=key)
        return [] if result is _missing else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    it = iter(iterable)
    # A max-heap of the n smallest entries seen so far; the entry order
    # number makes equal keys keep their input order.
    if key is None:
        result = []
        for i in range(n):
            for elem in it:
                result.append((elem, i))
                break
            else:
                break
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [entry[0] for entry in result]

    result = []
    for i in range(n):
        for elem in it:
            result.append((key(elem), i, elem))
            break
        else:
            break
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [entry[2] for entry in result]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        if key is None:
            result = max(iterable, default=_missing)
        else:
            result = max(iterable, default=_missing, key=key)
        return [] if result is _missing else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    it = iter(iterable)
    # A min-heap of the n largest entries seen so far; the negated order
    # number makes earlier inputs win among equal keys.
    if key is None:
        result = []
        for i in range(0, -n, -1):
            for elem in it:
                result.append((elem, i))
                break
            else:
                break
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [entry[0] for entry in result]

    result = []
    for i in range(0, -n, -1):
        for elem in it:
            result.append((key(elem), i, elem))
            break
        else:
            break
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [entry[2] for entry in result]
