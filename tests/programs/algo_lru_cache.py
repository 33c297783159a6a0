# An LRU cache built on dict insertion order, used as a decorator with hit/miss statistics,
# plus a TTL variant driven by a fake clock and an explicit eviction log.

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
        self.evicted = []
    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            self.evicted.append(oldest)
            del self.data[oldest]
        self.data[key] = value
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"LRU({list(self.data.items())})"

c = LRUCache(3)
for k in "abc":
    c.put(k, ord(k))
print(c, c.get("a"), c)
c.put("d", 100)
print(c, c.evicted, "b" in c, c.get("b", "miss"), len(c))
c.put("c", -1)
c.put("e", 5)
print(c, c.evicted, c.hits, c.misses)
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)

def lru_cached(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        def wrapper(*args):
            sentinel = object()
            value = cache.get(args, sentinel)
            if value is sentinel:
                value = fn(*args)
                cache.put(args, value)
            return value
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@lru_cached(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache.hits, fib.cache.misses, len(fib.cache), fib.cache.evicted[:3])

@lru_cached(2)
def slow_square(x):
    print(f"  computing {x}^2")
    return x * x
for x in [2, 3, 2, 4, 3, 2]:
    print(x, "->", slow_square(x))
print(slow_square.cache, slow_square.cache.evicted)

class TTLCache(LRUCache):
    def __init__(self, capacity, ttl, clock):
        super().__init__(capacity)
        self.ttl, self.clock = ttl, clock
    def put(self, key, value):
        super().put(key, (value, self.clock() + self.ttl))
    def get(self, key, default=None):
        entry = super().get(key)
        if entry is None:
            return default
        value, expires = entry
        if self.clock() >= expires:
            del self.data[key]
            self.evicted.append(key)
            self.hits -= 1
            self.misses += 1
            return default
        return value

now = [0]
ttl = TTLCache(5, ttl=10, clock=lambda: now[0])
ttl.put("session", "abc")
for t in (0, 5, 9, 10, 11):
    now[0] = t
    print(t, ttl.get("session", "expired"))
ttl.put("x", 1)
now[0] = 15
ttl.put("y", 2)
now[0] = 25
print(ttl.get("x"), ttl.get("y"), ttl.evicted, ttl.hits, ttl.misses)
