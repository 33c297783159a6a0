# An event bus with classes: subscribe/unsubscribe, priorities, one-shot handlers, wildcard topics,
# handler errors collected without stopping delivery, and bound-method subscribers.

class Event:
    def __init__(self, topic, **data):
        self.topic, self.data = topic, data
        self.cancelled = False
    def __repr__(self):
        return f"Event({self.topic!r}, {self.data})"

class HandlerError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} handler(s) failed")
        self.errors = errors

class EventBus:
    def __init__(self):
        self._subs = {}
        self._seq = 0
    def subscribe(self, topic, handler, priority=0, once=False):
        self._seq += 1
        entry = (-priority, self._seq, handler, once)
        self._subs.setdefault(topic, []).append(entry)
        self._subs[topic].sort(key=lambda e: (e[0], e[1]))
        return (topic, self._seq)
    def on(self, topic, priority=0):
        def deco(fn):
            self.subscribe(topic, fn, priority)
            return fn
        return deco
    def unsubscribe(self, token):
        topic, seq = token
        before = len(self._subs.get(topic, []))
        self._subs[topic] = [e for e in self._subs.get(topic, []) if e[1] != seq]
        return before != len(self._subs[topic])
    def _matching(self, topic):
        parts = topic.split(".")
        keys = [topic] + [".".join(parts[:i]) + ".*" for i in range(len(parts) - 1, 0, -1)] + ["*"]
        entries = [e for k in keys for e in self._subs.get(k, [])]
        return sorted(entries, key=lambda e: (e[0], e[1]))
    def publish(self, topic, **data):
        event = Event(topic, **data)
        errors, delivered = [], 0
        for entry in self._matching(topic):
            _, seq, handler, once = entry
            if once:
                for k, lst in self._subs.items():
                    if entry in lst:
                        lst.remove(entry)
            try:
                handler(event)
                delivered += 1
            except Exception as e:
                errors.append((getattr(handler, "__name__", type(handler).__name__), repr(e)))
            if event.cancelled:
                break
        if errors:
            raise HandlerError(errors)
        return delivered

bus = EventBus()
log = []

@bus.on("user.created", priority=10)
def audit(event):
    log.append(f"audit {event.data['name']}")

@bus.on("user.*")
def any_user(event):
    log.append(f"user-event {event.topic}")

@bus.on("*", priority=-5)
def everything(event):
    log.append(f"global {event.topic}")

class Mailer:
    def __init__(self):
        self.sent = []
    def welcome(self, event):
        if not event.data.get("email"):
            raise ValueError(f"no email for {event.data['name']}")
        self.sent.append(event.data["email"])

mailer = Mailer()
tok = bus.subscribe("user.created", mailer.welcome, priority=5)
bus.subscribe("user.created", lambda e: log.append("first-time only"), once=True)

print(bus.publish("user.created", name="ann", email="ann@x.org"), log)
log.clear()
try:
    bus.publish("user.created", name="bob")
except HandlerError as e:
    print(e, e.errors)
print(log, mailer.sent)
log.clear()
print(bus.publish("user.deleted", name="ann"), bus.publish("system.boot"), log)
print(bus.unsubscribe(tok), bus.unsubscribe(tok))
log.clear()
print(bus.publish("user.created", name="cy"), log, mailer.sent)

def gatekeeper(event):
    if event.data.get("blocked"):
        log.append("cancelled " + event.topic)
        event.cancelled = True
bus.subscribe("order.placed", gatekeeper, priority=100)
bus.subscribe("order.placed", lambda e: log.append(f"ship {e.data['id']}"))
log.clear()
print(bus.publish("order.placed", id=1), bus.publish("order.placed", id=2, blocked=True), log)
print(sorted((t, len(v)) for t, v in bus._subs.items()))
