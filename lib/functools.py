"""functools.py - Tools for working with functions and callable objects
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch',
           'singledispatchmethod', 'cached_property']


class _Sentinel:
    pass


_missing = _Sentinel()


# ------------------------------------------------------- update_wrapper

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper,
                   wrapped,
                   assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function

       wrapper is the function to be updated
       wrapped is the original function
       assigned is a tuple naming the attributes assigned directly
       from the wrapped function to the wrapper function (defaults to
       functools.WRAPPER_ASSIGNMENTS)
       updated is a tuple naming the attributes of the wrapper that
       are updated with the corresponding attribute from the wrapped
       function (defaults to functools.WRAPPER_UPDATES)
    """
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last so that a __wrapped__ copied from the wrapped function's
    # __dict__ does not hide the real one.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped,
          assigned=WRAPPER_ASSIGNMENTS,
          updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function

       Returns a decorator that invokes update_wrapper() with the decorated
       function as the wrapper argument and the arguments to wraps() as the
       remaining arguments. Default arguments are as for update_wrapper().
       This is a convenience function to simplify applying partial() to
       update_wrapper().
    """
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)


# -------------------------------------------------------- total_ordering

def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_convert = {
    '__lt__': [('__gt__', _gt_from_lt),
               ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le),
               ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt),
               ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge),
               ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)]
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # The roots are the comparisons the class (or a base other than object)
    # defines itself.
    roots = set()
    for op in _convert:
        if getattr(cls, op, None) is not getattr(object, op, None):
            roots.add(op)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)       # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# ------------------------------------------------------------ cmp_to_key

class KeyWrapper:
    """Wraps an object so that comparisons call the wrapped cmp function."""

    __hash__ = None

    def __init__(self, mycmp, obj=None):
        self._cmp = mycmp
        self.obj = obj

    def __call__(self, *args, **kwargs):
        if kwargs:
            if args or list(kwargs) != ['obj']:
                for name in kwargs:
                    if name != 'obj':
                        raise TypeError("K() got an unexpected keyword "
                                        "argument '%s'" % name)
                raise TypeError("argument for K() given by name ('obj') and "
                                "position (1)")
            args = (kwargs['obj'],)
        if not args:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        if len(args) > 1:
            raise TypeError('K() takes at most 1 argument (%d given)'
                            % len(args))
        return KeyWrapper(self._cmp, args[0])

    def _other(self, other):
        if type(other) is not type(self):
            raise TypeError('other argument must be K instance')
        return other.obj

    def __lt__(self, other):
        return self._cmp(self.obj, self._other(other)) < 0

    def __le__(self, other):
        return self._cmp(self.obj, self._other(other)) <= 0

    def __eq__(self, other):
        return self._cmp(self.obj, self._other(other)) == 0

    def __ne__(self, other):
        return self._cmp(self.obj, self._other(other)) != 0

    def __gt__(self, other):
        return self._cmp(self.obj, self._other(other)) > 0

    def __ge__(self, other):
        return self._cmp(self.obj, self._other(other)) >= 0


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


# ---------------------------------------------------------------- reduce

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial], /) -> value

    Apply a function of two arguments cumulatively to the items of an iterable, from left to right.

    This effectively reduces the iterable to a single value.  If initial is present,
    it is placed before the items of the iterable in the calculation, and serves as
    a default when the iterable is empty.

    For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5])
    calculates ((((1 + 2) + 3) + 4) + 5).
    """
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d'
                        % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d'
                        % len(args))
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        value = args[2]
    else:
        value = next(it, _missing)
        if value is _missing:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value


# --------------------------------------------------------------- partial

_PARTIAL_FIELDS = ('_func', '_args', '_keywords')


def _readonly(name):
    def get(self):
        return getattr(self, name)

    def set(self, value):
        raise AttributeError('readonly attribute')

    def delete(self):
        raise AttributeError('readonly attribute')

    return property(get, set, delete)


_repr_running = set()


class partial:
    """Create a new function with partial application of the given arguments
    and keywords.
    """

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if isinstance(func, partial):
            extra = False
            for name in func.__dict__:
                if name not in _PARTIAL_FIELDS:
                    extra = True
                    break
            if not extra:
                args = func.args + args
                merged = dict(func.keywords)
                merged.update(keywords)
                keywords = merged
                func = func.func
        if not callable(func):
            raise TypeError('the first argument must be callable')
        self = super().__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    func = _readonly('_func')
    args = _readonly('_args')
    keywords = _readonly('_keywords')

    def __call__(self, /, *args, **keywords):
        if self._keywords:
            merged = dict(self._keywords)
            merged.update(keywords)
            keywords = merged
        return self._func(*self._args, *args, **keywords)

    def __get__(self, obj, objtype=None):
        return self

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self.func)]
            for arg in self.args:
                parts.append(repr(arg))
            for name, value in self.keywords.items():
                parts.append('%s=%r' % (name, value))
            cls = type(self)
            return '%s.%s(%s)' % (cls.__module__, cls.__qualname__,
                                  ', '.join(parts))
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        extra = {}
        for name, value in self.__dict__.items():
            if name not in _PARTIAL_FIELDS:
                extra[name] = value
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, extra or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError('expected 4 items in state, got %d' % len(state))
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        for name in list(vars(self)):
            delattr(self, name)
        if namespace:
            for name, value in namespace.items():
                setattr(self, name, value)
        self._func = func
        self._args = tuple(args)
        self._keywords = dict(kwds) if kwds is not None else {}


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            self.keywords = merged
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        for arg in self.args:
            parts.append(repr(arg))
        for name, value in self.keywords.items():
            parts.append('%s=%r' % (name, value))
        cls = type(self)
        return '%s.%s(%s)' % (cls.__module__, cls.__qualname__,
                              ', '.join(parts))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            merged = dict(self.keywords)
            merged.update(keywords)
            return self.func(cls_or_self, *self.args, *args, **merged)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None and not isinstance(self.func, partial):
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ------------------------------------------------------------- lru_cache

_CacheInfo = None


def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple('CacheInfo',
                                ['hits', 'misses', 'maxsize', 'currsize'],
                                module='functools')
    return _CacheInfo


_kwd_mark = _Sentinel()


def _make_key(args, kwds, typed):
    """The cache key of a call: as flat as possible, as in CPython."""
    if not typed and not kwds:
        if len(args) == 1:
            key = args[0]
            if type(key) is str or type(key) is int:
                return key
        return args
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


class _MethodMaker:
    def method(self):
        pass


_MethodType = type(_MethodMaker().method)


class _lru_cache_wrapper:
    """Create a cached callable that wraps another function.

    user_function:      the function being cached

    maxsize:  0         for no caching
              None      for unlimited cache size
              n         for a bounded cache

    typed:    False     cache f(3) and f(3.0) as identical calls
              True      cache f(3) and f(3.0) as distinct calls

    cache_info_type:    namedtuple class with the fields:
                            hits misses currsize maxsize
    """

    def __init__(self, user_function, maxsize, typed, cache_info_type=None):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        if maxsize is not None:
            if not isinstance(maxsize, int):
                raise TypeError('maxsize should be integer or None')
            if maxsize < 0:
                maxsize = 0
        self._func = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        self._cache_info_type = cache_info_type

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._func(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        hash(key)
        cache = self._cache
        result = cache.get(key, _missing)
        if result is not _missing:
            self._hits += 1
            if maxsize is not None:
                # Mark the entry as the most recently used one.
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self._func(*args, **kwds)
        if maxsize is None:
            cache[key] = result
        elif key in cache:
            # The same call was cached while the function ran.
            pass
        else:
            if len(cache) >= maxsize and cache:
                for oldest in cache:
                    break
                del cache[oldest]
            cache[key] = result
        return result

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _MethodType(self, instance)

    def cache_info(self):
        """Report cache statistics"""
        info_type = self._cache_info_type
        if info_type is None:
            info_type = _cache_info_type()
        maxsize = self._maxsize
        currsize = len(self._cache)
        return info_type(self._hits, self._misses, maxsize, currsize)

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.

    See:  https://en.wikipedia.org/wiki/Cache_replacement_policies#Least_recently_used_(LRU)

    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without arguments: maxsize is the function.
        user_function = maxsize
        return _decorate(user_function, 128, typed)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorate(user_function, maxsize, typed)

    return decorating_function


def _decorate(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed)

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# -------------------------------------------------------- singledispatch

def _find_impl(cls, registry):
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    return registry.get(object)


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.

        """
        impl = dispatch_cache.get(cls, _missing)
        if impl is _missing:
            impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.

        """
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    "Invalid first argument to `register()`. "
                    "%r is not a class or union type." % (cls,))
            annotations = getattr(cls, '__annotations__', None)
            if not annotations:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function." % (cls,))
            func = cls
            argname = None
            for argname, cls in annotations.items():
                if argname != 'return':
                    break
            if not isinstance(cls, type):
                raise TypeError(
                    "Invalid annotation for %r. %r is not a class."
                    % (argname, cls))
        registry[cls] = func
        dispatch_cache.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument'
                            % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        func = self.func

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# -------------------------------------------------------- cached_property

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different '
                'names (%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                'Cannot use cached_property instance without calling '
                '__set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = ("No '__dict__' attribute on %r instance to cache %r "
                   "property." % (type(instance).__name__, self.attrname))
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _missing)
        if val is _missing:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = ("The '__dict__' attribute on %r instance does not "
                       "support item assignment for caching %r property."
                       % (type(instance).__name__, self.attrname))
                raise TypeError(msg) from None
        return val
