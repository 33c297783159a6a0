# State machines: a table-driven vending machine, a traffic light cycle, and a tiny regex matcher
# compiled to an NFA (literals, ., *, +, ?) simulated with state sets.

class VendingMachine:
    PRICES = {"A1": 120, "B2": 85, "C3": 200}
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"A1": 2, "B2": 0, "C3": 5}
        self.log = []
    def event(self, kind, value=None):
        handler = getattr(self, f"on_{self.state}_{kind}", None)
        if handler is None:
            self.log.append(f"ignored {kind} in {self.state}")
            return
        before = self.state
        handler(value)
        self.log.append(f"{before} --{kind}({value})--> {self.state} credit={self.credit}")
    def on_idle_coin(self, amount):
        self.credit += amount
        self.state = "paying"
    def on_paying_coin(self, amount):
        self.credit += amount
    def on_paying_select(self, code):
        if code not in self.PRICES:
            self.log.append(f"unknown item {code}")
        elif self.stock[code] == 0:
            self.log.append(f"{code} sold out")
        elif self.credit < self.PRICES[code]:
            self.log.append(f"{code} needs {self.PRICES[code] - self.credit} more")
        else:
            self.stock[code] -= 1
            self.credit -= self.PRICES[code]
            self.log.append(f"vend {code}, change {self.credit}")
            self.credit = 0
            self.state = "idle"
    def on_paying_cancel(self, _):
        self.log.append(f"refund {self.credit}")
        self.credit = 0
        self.state = "idle"

vm = VendingMachine()
for ev in [("select", "A1"), ("coin", 100), ("select", "A1"), ("coin", 50), ("select", "B2"), ("select", "Z9"),
           ("select", "A1"), ("coin", 200), ("cancel", None), ("coin", 500), ("select", "C3"), ("cancel", None)]:
    vm.event(*ev)
print("\n".join(vm.log))
print(vm.stock, vm.state)

def traffic(ticks):
    cycle = {"green": ("yellow", 3), "yellow": ("red", 1), "red": ("green", 4)}
    state, remaining, out = "red", 4, []
    for t in range(ticks):
        out.append(state[0].upper())
        remaining -= 1
        if remaining == 0:
            state, remaining = cycle[state]
    return "".join(out)
print(traffic(20))

def compile_regex(pattern):
    """Returns (transitions, accept) where transitions[i] = list of (label, target); label None = epsilon."""
    trans = [[]]
    i = 0
    cur = 0
    while i < len(pattern):
        ch = pattern[i]
        op = pattern[i + 1] if i + 1 < len(pattern) and pattern[i + 1] in "*+?" else None
        nxt = len(trans)
        trans.append([])
        if op == "*":
            trans[cur].append((None, nxt))
            trans[nxt].append((ch, nxt))
        elif op == "+":
            trans[cur].append((ch, nxt))
            trans[nxt].append((ch, nxt))
        else:
            trans[cur].append((ch, nxt))
            if op == "?":
                trans[cur].append((None, nxt))
        cur = nxt
        i += 2 if op else 1
    return trans, cur

def closure(trans, states):
    stack, seen = list(states), set(states)
    while stack:
        s = stack.pop()
        for label, t in trans[s]:
            if label is None and t not in seen:
                seen.add(t)
                stack.append(t)
    return seen

def matches(pattern, text):
    trans, accept = compile_regex(pattern)
    current = closure(trans, {0})
    for ch in text:
        step = {t for s in current for label, t in trans[s] if label is not None and (label == "." or label == ch)}
        current = closure(trans, step)
        if not current:
            return False
    return accept in current

tests = [("abc", "abc"), ("abc", "abd"), ("a.c", "axc"), ("ab*c", "ac"), ("ab*c", "abbbc"), ("ab+c", "ac"),
         ("ab+c", "abbc"), ("colou?r", "color"), ("colou?r", "colour"), ("colou?r", "colouur"), (".*x", "abcx"),
         (".*x", "abc"), ("a*b*", ""), ("a*b*", "ba"), ("h.+o", "hello"), ("h.+o", "ho")]
for pat, text in tests:
    print(f"{pat!r:>10} ~ {text!r:<9} {matches(pat, text)}")
