'''This module implements specialized container datatypes providing
alternatives to Python's general purpose built-in containers, dict,
list, set, and tuple.

* namedtuple   factory function for creating tuple subclasses with named fields
* deque        list-like container with fast appends and pops on either end
* ChainMap     dict-like class for creating a single view of multiple mappings
* Counter      dict subclass for counting hashable objects
* OrderedDict  dict subclass that remembers the order entries were added
* defaultdict  dict subclass that calls a factory function to supply missing values

'''

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'defaultdict',
    'deque',
    'namedtuple',
]

import sys as _sys

from itertools import chain as _chain
from itertools import repeat as _repeat
from itertools import starmap as _starmap
from operator import itemgetter as _itemgetter


class _Sentinel:
    pass


_marker = _Sentinel()


def _type_name(obj):
    return type(obj).__name__


def _index(value):
    """The value as a C Py_ssize_t index (int or object with __index__)."""
    if type(value) is int:
        return value
    if type(value) is bool:
        return 1 if value else 0
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _type_name(value))
    return method(value)


def _same(a, b):
    """PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality."""
    return a is b or a == b


def _generic_alias(cls, item):
    return type(list[int])(cls, item)


# Objects whose repr is being computed, to print recursive containers.
_repr_running = set()


################################################################################
### deque
################################################################################

class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    # The items live in a dict keyed by consecutive integers _left .. _right-1,
    # so both ends grow and shrink in constant time.  _state counts the
    # mutations that invalidate iterators, as CPython's deque does.

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self._data = {}
        self._left = 0
        self._right = 0
        self._state = 0
        self._maxlen = None
        return self

    def __init__(self, iterable=_marker, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if self._right - self._left > 0:
            deque.clear(self)
        if iterable is not _marker:
            deque.extend(self, iterable)

    maxlen = property(
        lambda self: self._maxlen,
        lambda self, value: _readonly_maxlen(),
        lambda self: _readonly_maxlen(),
        doc='maximum size of a deque or None if unbounded')

    # -- the primitive operations

    def _push_right(self, x):
        r = self._right
        self._data[r] = x
        self._right = r + 1

    def _push_left(self, x):
        l = self._left - 1
        self._data[l] = x
        self._left = l

    def _pop_right(self):
        r = self._right - 1
        self._right = r
        return self._data.pop(r)

    def _pop_left(self):
        l = self._left
        self._left = l + 1
        return self._data.pop(l)

    def _check_index(self, i):
        if type(i) is not int:
            if not hasattr(type(i), '__index__'):
                raise TypeError('sequence index must be integer, not %r'
                                % _type_name(i))
            i = _index(i)
        n = self._right - self._left
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return i

    # -- adding and removing at the ends

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        self._state += 1
        self._push_right(x)
        maxlen = self._maxlen
        if maxlen is not None and self._right - self._left > maxlen:
            self._pop_left()

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        self._state += 1
        self._push_left(x)
        maxlen = self._maxlen
        if maxlen is not None and self._right - self._left > maxlen:
            self._pop_right()

    def pop(self):
        """Remove and return the rightmost element."""
        if self._right == self._left:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._pop_right()

    def popleft(self):
        """Remove and return the leftmost element."""
        if self._right == self._left:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._pop_left()

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        it = iter(iterable)
        maxlen = self._maxlen
        if maxlen == 0:
            for x in it:
                pass
            return
        for x in it:
            self._state += 1
            self._push_right(x)
            if maxlen is not None and self._right - self._left > maxlen:
                self._pop_left()

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        it = iter(iterable)
        maxlen = self._maxlen
        if maxlen == 0:
            for x in it:
                pass
            return
        for x in it:
            self._state += 1
            self._push_left(x)
            if maxlen is not None and self._right - self._left > maxlen:
                self._pop_right()

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._data = {}
        self._left = 0
        self._right = 0

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right.  If n is negative, rotates left."""
        n = _index(n)
        self._state += 1
        length = self._right - self._left
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        data = self._data
        if n <= length // 2:
            l = self._left
            r = self._right
            for _ in range(n):
                r -= 1
                l -= 1
                data[l] = data.pop(r)
            self._left = l
            self._right = r
        else:
            l = self._left
            r = self._right
            for _ in range(length - n):
                data[r] = data.pop(l)
                l += 1
                r += 1
            self._left = l
            self._right = r

    def reverse(self):
        """Reverse *IN PLACE*."""
        data = self._data
        i = self._left
        j = self._right - 1
        while i < j:
            data[i], data[j] = data[j], data[i]
            i += 1
            j -= 1

    # -- searching

    def count(self, value, /):
        """Return number of occurrences of value."""
        state = self._state
        data = self._data
        n = 0
        for i in range(self._left, self._right):
            if _same(data[i], value):
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=_sys.maxsize, /):
        """Return first index of value.

        Raises ValueError if the value is not present.
        """
        start = _slice_index(start)
        stop = _slice_index(stop)
        size = self._right - self._left
        if start < 0:
            start += size
            if start < 0:
                start = 0
        if stop < 0:
            stop += size
            if stop < 0:
                stop = 0
        if stop > size:
            stop = size
        if start > stop:
            start = stop
        state = self._state
        for i in range(start, stop):
            if _same(self._data[self._left + i], value):
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def __contains__(self, value):
        state = self._state
        data = self._data
        for i in range(self._left, self._right):
            if _same(data[i], value):
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    # -- positional access

    def insert(self, index, value, /):
        """Insert value before index."""
        index = _index(index)
        n = self._right - self._left
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if index >= n:
            deque.append(self, value)
            return
        if index <= -n or index == 0:
            deque.appendleft(self, value)
            return
        if index < 0:
            index += n
        self._state += 1
        data = self._data
        if index < n - index:
            # Shift the first index items one place to the left.
            l = self._left - 1
            for k in range(l, l + index):
                data[k] = data[k + 1]
            self._left = l
            data[l + index] = value
        else:
            r = self._right
            for k in range(r, self._left + index, -1):
                data[k] = data[k - 1]
            self._right = r + 1
            data[self._left + index] = value

    def _delete(self, i):
        self._state += 1
        data = self._data
        n = self._right - self._left
        if i < n - 1 - i:
            l = self._left
            for k in range(l + i, l, -1):
                data[k] = data[k - 1]
            del data[l]
            self._left = l + 1
        else:
            r = self._right - 1
            for k in range(self._left + i, r):
                data[k] = data[k + 1]
            del data[r]
            self._right = r

    def remove(self, value, /):
        """Remove first occurrence of value."""
        n = self._right - self._left
        for i in range(n):
            item = self._data[self._left + i]
            found = _same(item, value)
            if self._right - self._left != n:
                raise IndexError('deque mutated during remove().')
            if found:
                self._delete(i)
                return
        raise ValueError('%r is not in deque' % (value,))

    def __getitem__(self, index):
        return self._data[self._left + self._check_index(index)]

    def __setitem__(self, index, value):
        self._data[self._left + self._check_index(index)] = value

    def __delitem__(self, index):
        self._delete(self._check_index(index))

    # -- the sequence protocol

    def __len__(self):
        return self._right - self._left

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        """Return a reverse iterator over the deque."""
        return _deque_iterator(self, True)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            items = repr(list(self))
        finally:
            _repr_running.discard(key)
        if self._maxlen is not None:
            return '%s(%s, maxlen=%d)' % (_type_name(self), items, self._maxlen)
        return '%s(%s)' % (_type_name(self), items)

    __hash__ = None

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        vs = len(self)
        ws = len(other)
        if op == '==':
            if self is other:
                return True
            if vs != ws:
                return False
        elif op == '!=':
            if self is other:
                return False
            if vs != ws:
                return True
        a = list(self)
        b = list(other)
        for i in range(min(vs, ws)):
            x = a[i]
            y = b[i]
            if not _same(x, y):
                if op == '==':
                    return x == y
                if op == '!=':
                    return x != y
                if op == '<':
                    return x < y
                if op == '<=':
                    return x <= y
                if op == '>':
                    return x > y
                return x >= y
        if op == '==':
            return vs == ws
        if op == '!=':
            return vs != ws
        if op == '<':
            return vs < ws
        if op == '<=':
            return vs <= ws
        if op == '>':
            return vs > ws
        return vs >= ws

    def __eq__(self, other):
        return self._compare(other, '==')

    def __ne__(self, other):
        return self._compare(other, '!=')

    def __lt__(self, other):
        return self._compare(other, '<')

    def __le__(self, other):
        return self._compare(other, '<=')

    def __gt__(self, other):
        return self._compare(other, '>')

    def __ge__(self, other):
        return self._compare(other, '>=')

    # -- copies, concatenation and repetition

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % _type_name(other))
        new = deque.copy(self)
        deque.extend(new, other)
        return new

    def __iadd__(self, other):
        deque.extend(self, other)
        return self

    def _repeat(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % _type_name(n))
        n = _index(n)
        size = self._right - self._left
        if size == 0 or n == 1:
            return
        if n <= 0:
            deque.clear(self)
            return
        items = list(self)
        for _ in range(n - 1):
            deque.extend(self, items)

    def __mul__(self, n):
        new = deque.copy(self)
        new._repeat(n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        self._repeat(n)
        return self

    def __reduce__(self):
        state = dict(self.__dict__)
        for name in ('_data', '_left', '_right', '_state', '_maxlen'):
            state.pop(name, None)
        if self._maxlen is None:
            return type(self), (), state or None, iter(self)
        return type(self), ((), self._maxlen), state or None, iter(self)

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _readonly_maxlen():
    raise AttributeError(
        "attribute 'maxlen' of 'collections.deque' objects is not writable")


def _slice_index(value):
    if type(value) is int:
        return value
    if not hasattr(type(value), '__index__'):
        raise TypeError('slice indices must be integers or have an '
                        '__index__ method')
    return _index(value)


class _deque_iterator:

    def __init__(self, deque, reverse):
        self._deque = deque
        self._state = deque._state
        self._counter = deque._right - deque._left
        self._reverse = reverse
        if reverse:
            self._pos = deque._right - 1
        else:
            self._pos = deque._left

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._counter = 0
            raise RuntimeError('deque mutated during iteration')
        if self._counter == 0:
            raise StopIteration
        pos = self._pos
        item = d._data[pos]
        self._counter -= 1
        if self._reverse:
            self._pos = pos - 1
        else:
            self._pos = pos + 1
        return item

    def __length_hint__(self):
        return self._counter


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key, /):
        """__missing__(key) # Called by __getitem__ for missing key; pseudo-code:
  if self.default_factory is None: raise KeyError((key,))
  self[key] = value = self.default_factory()
  return value
"""
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                factory_repr = '...'
            else:
                _repr_running.add(key)
                try:
                    factory_repr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (_type_name(self), factory_repr,
                               dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        if self.default_factory is None:
            args = ()
        else:
            args = (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


################################################################################
### OrderedDict
################################################################################

def _update_pairs(od, pairs):
    for pair in pairs:
        it = iter(pair)
        key = next(it, _marker)
        if key is _marker:
            raise ValueError('need more than 0 values to unpack')
        value = next(it, _marker)
        if value is _marker:
            raise ValueError('need more than 1 value to unpack')
        if next(it, _marker) is not _marker:
            raise ValueError('too many values to unpack (expected 2)')
        od[key] = value


def _mapping_update(od, args, kwargs):
    if args:
        other = args[0]
        if type(other) is dict:
            _update_pairs(od, list(dict.items(other)))
        elif hasattr(other, 'keys'):
            for key in other.keys():
                od[key] = other[key]
        elif hasattr(other, 'items'):
            _update_pairs(od, other.items())
        else:
            _update_pairs(od, other)
    if kwargs:
        _update_pairs(od, list(kwargs.items()))


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    # The order of the underlying dict is the order of the OrderedDict:
    # move_to_end() and popitem() reorder the dict itself.

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        _mapping_update(self, args, kwargs)

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('update() takes at most 1 positional argument '
                            '(%d given)' % len(args))
        _mapping_update(self, args, kwargs)

    def popitem(self, last=True):
        '''Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        '''
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(self))
        else:
            key = next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        '''Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        '''
        if not dict.__contains__(self, key):
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
        else:
            first = next(iter(self))
            if _same(first, key):
                return
            value = dict.pop(self, key)
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def setdefault(self, key, default=None):
        '''Insert key with a value of default if key is not in the dictionary.

        Return the value for key if key is in the dictionary, else default.
        '''
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return odict_keys(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return odict_values(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return odict_items(self)

    def __repr__(self):
        if not self:
            return '%s()' % _type_name(self)
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (_type_name(self), dict(dict.items(self)))
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        state = dict(vars(self)) or None
        return self.__class__, (), state, None, iter(dict.items(self))

    def copy(self):
        'od.copy() -> a shallow copy of od'
        new = type(self)()
        for key, value in dict.items(self):
            new[key] = value
        return new

    def __eq__(self, other):
        '''od.__eq__(y) <==> od==y.  Comparison to another OD is order-sensitive
        while comparison to a regular mapping is order-insensitive.
        '''
        if not isinstance(other, dict):
            return NotImplemented
        result = dict.__eq__(self, other)
        if result is not True or not isinstance(other, OrderedDict):
            return result
        for a, b in zip(self, other):
            if not _same(a, b):
                return False
        return True

    def __ne__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = dict.__ne__(self, other)
        if result is not False or not isinstance(other, OrderedDict):
            return result
        for a, b in zip(self, other):
            if not _same(a, b):
                return True
        return False

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        _mapping_update(new, (other,), None)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        _mapping_update(new, (self,), None)
        return new

    def __ior__(self, other):
        _mapping_update(self, (other,), None)
        return self


class _odict_view:

    def __init__(self, od):
        self._mapping = od

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (_type_name(self), list(self))


def _view_set(obj):
    if isinstance(obj, (set, frozenset)):
        return obj
    return set(obj)


def _is_set_like(obj):
    return isinstance(obj, (set, frozenset, odict_keys, odict_items,
                            type({}.keys()), type({}.items())))


class _odict_set_view(_odict_view):

    def __eq__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        return len(self) == len(other) and all(x in other for x in self)

    def __ne__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        return not (len(self) == len(other) and all(x in other for x in self))

    def __le__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        return len(self) <= len(other) and all(x in other for x in self)

    def __lt__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        return len(self) < len(other) and all(x in other for x in self)

    def __ge__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        return len(self) >= len(other) and all(x in self for x in other)

    def __gt__(self, other):
        if not _is_set_like(other):
            return NotImplemented
        return len(self) > len(other) and all(x in self for x in other)

    __hash__ = None

    def __and__(self, other):
        return set(self) & _view_set(other)

    def __rand__(self, other):
        return set(self) & _view_set(other)

    def __or__(self, other):
        return set(self) | _view_set(other)

    def __ror__(self, other):
        return set(self) | _view_set(other)

    def __sub__(self, other):
        return set(self) - _view_set(other)

    def __rsub__(self, other):
        return _view_set(other) - set(self)

    def __xor__(self, other):
        return set(self) ^ _view_set(other)

    def __rxor__(self, other):
        return set(self) ^ _view_set(other)

    def isdisjoint(self, other):
        """Return True if the view and the given iterable have a null intersection."""
        for x in other:
            if x in self:
                return False
        return True


class odict_keys(_odict_set_view):

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __contains__(self, key):
        return dict.__contains__(self._mapping, key)


class odict_values(_odict_view):

    def __iter__(self):
        od = self._mapping
        for key in od:
            yield dict.__getitem__(od, key)

    def __reversed__(self):
        od = self._mapping
        for key in reversed(od):
            yield dict.__getitem__(od, key)


class odict_items(_odict_set_view):

    def __iter__(self):
        od = self._mapping
        for key in od:
            yield (key, dict.__getitem__(od, key))

    def __reversed__(self):
        od = self._mapping
        for key in reversed(od):
            yield (key, dict.__getitem__(od, key))

    def __contains__(self, item):
        if not isinstance(item, tuple) or len(item) != 2:
            return False
        key, value = item
        od = self._mapping
        if not dict.__contains__(od, key):
            return False
        return _same(dict.__getitem__(od, key), value)


################################################################################
### Counter
################################################################################

def _is_mapping(obj):
    return isinstance(obj, (dict, ChainMap))


def _count_elements(mapping, iterable):
    'Tally elements from the iterable.'
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):
    '''Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.

    >>> c = Counter('abcdeabcdabcaba')  # count elements from a string

    >>> c.most_common(3)                # three most common elements
    [('a', 5), ('b', 4), ('c', 3)]
    >>> sorted(c)                       # list all unique elements
    ['a', 'b', 'c', 'd', 'e']
    >>> ''.join(sorted(c.elements()))   # list elements with repetitions
    'aaaaabbbbcccdde'
    >>> sum(c.values())                 # total of all counts
    15

    '''

    def __init__(self, iterable=None, /, **kwds):
        '''Create a new, empty Counter object.  And if given, count elements
        from an input iterable.  Or, initialize the count from another mapping
        of elements to their counts.
        '''
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        '''
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.

        If an element's count has been set to zero or is a negative
        number, elements() will ignore it.
        '''
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.

        Source can be an iterable, a dictionary, or another Counter instance.
        '''
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    super().update(iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero.  Both the inputs and outputs are
        allowed to contain zero and negative counts.

        Source can be an iterable, a dictionary, or another Counter instance.
        '''
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            # dict() keeps the order most_common() returns.
            d = dict(self.most_common())
        except TypeError:
            # The counts are not orderable.
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    # Rich comparisons treat missing elements as having zero counts.

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset operations; the results keep only positive counts.

    def __add__(self, other):
        '''Add counts from two counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        ''' Subtract count, but keep only results with positive counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        '''Union is the maximum of value in either of the input counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        ''' Intersection is the minimum of corresponding counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        '''
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        '''Inplace add from another counter, keeping only positive counts.'''
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        '''Inplace subtract counter, but keep only results with positive counts.'''
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        '''Inplace union is the maximum of value from either counter.'''
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        '''Inplace intersection is the minimum of corresponding counts.'''
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
### namedtuple
################################################################################

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
])


def _iskeyword(name):
    return name in _KEYWORDS


# The "Did you mean" suggestion CPython adds to an unexpected keyword
# argument: a Levenshtein distance where a case change costs half a move.

_MOVE_COST = 2
_CASE_COST = 1
_MAX_STRING_SIZE = 40


def _substitution_cost(a, b):
    if (ord(a) & 31) != (ord(b) & 31):
        return _MOVE_COST
    if a == b:
        return 0
    if 'A' <= a <= 'Z':
        a = chr(ord(a) + 32)
    if 'A' <= b <= 'Z':
        b = chr(ord(b) + 32)
    if a == b:
        return _CASE_COST
    return _MOVE_COST


def _levenshtein(a, b, max_cost):
    if a == b:
        return 0
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    a = a[start:]
    b = b[start:]
    while a and b and a[-1] == b[-1]:
        a = a[:-1]
        b = b[:-1]
    if not a or not b:
        return (len(a) + len(b)) * _MOVE_COST
    if len(a) > _MAX_STRING_SIZE or len(b) > _MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * _MOVE_COST > max_cost:
        return max_cost + 1
    row = [(i + 1) * _MOVE_COST for i in range(len(a))]
    result = 0
    for b_index in range(len(b)):
        code = b[b_index]
        distance = result = b_index * _MOVE_COST
        minimum = None
        for index in range(len(a)):
            substitute = distance + _substitution_cost(code, a[index])
            distance = row[index]
            insert_delete = min(result, distance) + _MOVE_COST
            result = min(insert_delete, substitute)
            row[index] = result
            if minimum is None or result < minimum:
                minimum = result
        if minimum > max_cost:
            return max_cost + 1
    return result


def _suggest(candidates, name):
    best = None
    best_distance = None
    for item in candidates:
        if item == name:
            continue
        max_distance = (len(name) + len(item) + 3) * _MOVE_COST // 6
        if best_distance is not None:
            max_distance = min(max_distance, best_distance - 1)
        distance = _levenshtein(name, item, max_distance)
        if distance > max_distance:
            continue
        if best is None or distance < best_distance:
            best = item
            best_distance = distance
    return best


def _quoted_names(names):
    names = ["'%s'" % name for name in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % (names[0], names[1])
    return '%s, %s, and %s' % (', '.join(names[:-2]), names[-2], names[-1])


def _bind_new_arguments(qualname, field_names, defaults, args, kwargs):
    """Bind the arguments of a call to a namedtuple's __new__(_cls, *fields)
    and raise the TypeError CPython raises for a bad call."""
    params = ('_cls',) + field_names
    nparams = len(params)
    given = len(args) + 1
    values = [_marker] * nparams
    values[0] = None
    for i in range(min(len(args), nparams - 1)):
        values[i + 1] = args[i]
    for name, value in kwargs.items():
        try:
            j = params.index(name)
        except ValueError:
            suggestion = _suggest(params, name)
            if suggestion is None:
                raise TypeError("%s() got an unexpected keyword argument '%s'"
                                % (qualname, name)) from None
            raise TypeError("%s() got an unexpected keyword argument '%s'. "
                            "Did you mean '%s'?"
                            % (qualname, name, suggestion)) from None
        if values[j] is not _marker:
            raise TypeError("%s() got multiple values for argument '%s'"
                            % (qualname, name))
        values[j] = value
    ndefaults = len(defaults)
    if given > nparams:
        if ndefaults:
            sig = 'from %d to %d' % (nparams - ndefaults, nparams)
            plural = 's'
        else:
            sig = '%d' % nparams
            plural = '' if nparams == 1 else 's'
        raise TypeError('%s() takes %s positional argument%s but %d were given'
                        % (qualname, sig, plural, given))
    required = nparams - ndefaults
    missing = [params[i] for i in range(required) if values[i] is _marker]
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s'
                        % (qualname, len(missing),
                           '' if len(missing) == 1 else 's',
                           _quoted_names(missing)))
    for i in range(required, nparams):
        if values[i] is _marker:
            values[i] = defaults[i - required]
    return tuple(values[1:])


def _field_setter(self, value):
    raise AttributeError("can't set attribute")


def _field_deleter(self):
    raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point.__doc__                   # docstring for the new class
    'Point(x, y)'
    >>> p = Point(11, y=22)             # instantiate with positional args or keywords
    >>> p[0] + p[1]                     # indexable like a plain tuple
    33
    >>> x, y = p                        # unpack like a regular tuple
    >>> x, y
    (11, 22)
    >>> p.x + p.y                       # fields also accessible by name
    33
    >>> d = p._asdict()                 # convert to a dictionary
    >>> d['x']
    11
    >>> Point(**d)                      # convert from a dictionary
    Point(x=11, y=22)
    >>> p._replace(x=100)               # _replace() is like str.replace() but targets named fields
    Point(x=100, y=22)

    """

    # Validate the field names.
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                    or _iskeyword(name)
                    or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        pairs = list(zip(reversed(field_names), reversed(defaults)))
        pairs.reverse()
        field_defaults = dict(pairs)
        default_values = defaults
    else:
        default_values = ()

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join([f'{name}=%r' for name in field_names]) + ')'
    new_qualname = f'{typename}.__new__'
    tuple_new = tuple.__new__

    # Create all the named tuple methods to be added to the class namespace.

    def __new__(_cls, /, *args, **kwargs):
        if kwargs or len(args) != num_fields:
            args = _bind_new_arguments(new_qualname, field_names,
                                       default_values, args, kwargs)
        return tuple_new(_cls, args)

    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, '
                            f'got {len(result)}')
        return result

    _make.__doc__ = (f'Make a new {typename} object from a sequence '
                     'or iterable')

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise TypeError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (__new__, _make, _replace, __repr__, _asdict,
                   __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    # Build the class.  The class body reads the methods under other names:
    # a name assigned in a class body is looked up in the class namespace.
    new_method = __new__
    make_method = classmethod(_make)
    replace_method = _replace
    repr_method = __repr__
    asdict_method = _asdict
    getnewargs_method = __getnewargs__
    class_doc = f'{typename}({arg_list})'

    class _NamedTuple(tuple):
        __doc__ = class_doc
        __slots__ = ()
        _fields = field_names
        _field_defaults = field_defaults
        __new__ = new_method
        _make = make_method
        __replace__ = replace_method
        _replace = replace_method
        __repr__ = repr_method
        _asdict = asdict_method
        __getnewargs__ = getnewargs_method
        __match_args__ = field_names

    result = _NamedTuple
    result.__name__ = typename
    result.__qualname__ = typename

    for index, name in enumerate(field_names):
        doc = _sys.intern(f'Alias for field number {index}')
        setattr(result, name, property(_itemgetter(index), _field_setter,
                                       _field_deleter, doc))

    # The class belongs to the module that called namedtuple().
    if module is None:
        try:
            module = _sys._getframemodulename(1) or '__main__'
        except AttributeError:
            module = '__main__'
    result.__module__ = module

    return result


################################################################################
### ChainMap
################################################################################

class ChainMap:
    ''' A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    The underlying mappings are stored in a list.  That list is public and can
    be accessed or updated using the *maps* attribute.  There is no other
    state.

    Lookups search the underlying mappings successively until a key is found.
    In contrast, writes, updates, and deletions only operate on the first
    mapping.

    '''

    def __init__(self, *maps):
        '''Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.

        '''
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(self._union())

    def _union(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return d

    def __iter__(self):
        return iter(self._union())

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        'Create a new ChainMap with keys from iterable and values set to value.'
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        '''New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        '''
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return KeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return ItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return ValuesView(self)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        if isinstance(other, dict) or isinstance(other, ChainMap):
            for key in other.keys():
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        elif not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other

    __hash__ = None

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


class _MappingView:

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class KeysView(_MappingView):

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(_MappingView):

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(_MappingView):

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]
