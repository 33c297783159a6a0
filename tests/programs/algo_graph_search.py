# Graph algorithms on adjacency dicts: BFS shortest path, DFS order, Dijkstra with a hand-made binary heap,
# topological sort with cycle detection, connected components and bipartite check.

class MinHeap:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0 and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.items
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, smallest = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[smallest]:
                smallest = l
            if r < len(a) and a[r] < a[smallest]:
                smallest = r
            if smallest == i:
                return top
            a[i], a[smallest] = a[smallest], a[i]
            i = smallest

def bfs_path(graph, start, goal):
    prev = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in graph.get(node, ()):
            if nxt not in prev:
                prev[nxt] = node
                queue.append(nxt)
    return None

def dfs_order(graph, start):
    seen, order = set(), []
    def visit(n):
        seen.add(n)
        order.append(n)
        for m in graph.get(n, ()):
            if m not in seen:
                visit(m)
    visit(start)
    return order

def dijkstra(wgraph, source):
    dist = {source: 0}
    heap = MinHeap()
    heap.push((0, source))
    done = set()
    while heap:
        d, node = heap.pop()
        if node in done:
            continue
        done.add(node)
        for nxt, w in wgraph.get(node, {}).items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heap.push((nd, nxt))
    return dict(sorted(dist.items()))

def toposort(deps):
    state, order = {}, []
    def visit(n, stack):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            cycle = stack[stack.index(n):] + [n]
            raise ValueError("cycle: " + " -> ".join(cycle))
        state[n] = "active"
        for m in sorted(deps.get(n, ())):
            visit(m, stack + [n])
        state[n] = "done"
        order.append(n)
    for n in sorted(deps):
        visit(n, [])
    return order

def components(graph):
    seen, comps = set(), []
    for start in sorted(graph):
        if start in seen:
            continue
        comp, stack = [], [start]
        seen.add(start)
        while stack:
            n = stack.pop()
            comp.append(n)
            for m in graph[n]:
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        comps.append(sorted(comp))
    return comps

def bipartite(graph):
    color = {}
    for s in sorted(graph):
        if s in color:
            continue
        color[s] = 0
        queue = [s]
        while queue:
            n = queue.pop(0)
            for m in graph[n]:
                if m not in color:
                    color[m] = 1 - color[n]
                    queue.append(m)
                elif color[m] == color[n]:
                    return False, (n, m)
    return True, sorted(k for k, v in color.items() if v == 0)

g = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
print(bfs_path(g, "a", "f"), bfs_path(g, "e", "a"), dfs_order(g, "a"))
w = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"C": 10, "D": 15}, "C": {"D": 11, "F": 2}, "D": {"E": 6}, "F": {"E": 9}}
print(dijkstra(w, "A"))
h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
print(toposort({"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}))
try:
    toposort({"x": ["y"], "y": ["z"], "z": ["x"]})
except ValueError as e:
    print("error:", e)
ug = {1: [2], 2: [1, 3], 3: [2], 4: [5], 5: [4], 6: []}
print(components(ug), bipartite(ug), bipartite({1: [2, 3], 2: [1, 3], 3: [1, 2]}))
