# Richards: Martin Richards' operating-system simulation. Six tasks (an idle
# task, a worker, two packet handlers and two devices) pass packets around
# under a priority scheduler. Each run must queue 23246 packets and hold a
# task 9297 times; the program runs it RUNS times.

RUNS = 18
IDLE_COUNT = 10000

BUFFER_SIZE = 4
ID_IDLE, ID_WORKER, ID_HANDLER_A, ID_HANDLER_B, ID_DEVICE_A, ID_DEVICE_B = range(1, 7)
KIND_DEVICE = 1000
KIND_WORK = 1001


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Put this packet at the end of queue; return the queue's head."""
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue, pending, waiting):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = False
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def blocked(self):
        return self.holding or (self.waiting and not self.packet_pending)

    def has_work(self):
        return self.packet_pending and self.waiting and not self.holding

    def receive(self, packet, sender):
        """Queue packet here; return the task that should run next."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender

    def step(self):
        packet = None
        if self.has_work():
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.waiting = False
            self.holding = False
        return self.handle(packet)

    def handle(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, ID_IDLE, 1, None, False, False)
        self.control = 1
        self.count = count

    def handle(self, packet):
        s = self.scheduler
        self.count -= 1
        if self.count == 0:
            return s.hold_current()
        if self.control & 1:
            self.control = (self.control >> 1) ^ 0xD008
            return s.release(ID_DEVICE_B)
        self.control >>= 1
        return s.release(ID_DEVICE_A)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(scheduler, ID_WORKER, 1000, queue, True, True)
        self.target = ID_HANDLER_A
        self.letter = 0

    def handle(self, packet):
        s = self.scheduler
        if packet is None:
            return s.wait_current()
        self.target = ID_HANDLER_B if self.target == ID_HANDLER_A else ID_HANDLER_A
        packet.ident = self.target
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = 64 + self.letter
        return s.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, True, True)
        self.work = None
        self.devices = None

    def handle(self, packet):
        s = self.scheduler
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            index = work.datum
            if index >= BUFFER_SIZE:
                self.work = work.link
                return s.send(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.datum = work.data[index]
                work.datum = index + 1
                return s.send(device)
        return s.wait_current()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None, False, True)
        self.held = None

    def handle(self, packet):
        s = self.scheduler
        if packet is not None:
            self.held = packet
            return s.hold_current()
        if self.held is None:
            return s.wait_current()
        packet = self.held
        self.held = None
        return s.send(packet)


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 7
        self.current = None
        self.sent = 0
        self.holds = 0

    def send(self, packet):
        target = self.table[packet.ident]
        self.sent += 1
        packet.link = None
        packet.ident = self.current.ident
        return target.receive(packet, self.current)

    def hold_current(self):
        self.holds += 1
        self.current.holding = True
        return self.current.link

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.table[ident]
        task.holding = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def run(self):
        task = self.tasks
        while task is not None:
            if task.blocked():
                task = task.link
            else:
                self.current = task
                task = task.step()


def richards(count):
    s = Scheduler()
    IdleTask(s, count)
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    WorkerTask(s, work)
    for ident, device, priority in ((ID_HANDLER_A, ID_DEVICE_A, 2000),
                                    (ID_HANDLER_B, ID_DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(s, ident, priority, queue)
    DeviceTask(s, ID_DEVICE_A, 4000)
    DeviceTask(s, ID_DEVICE_B, 5000)
    s.run()
    return s.sent, s.holds


def main():
    total_sent = total_holds = 0
    for _ in range(RUNS):
        sent, holds = richards(IDLE_COUNT)
        if (sent, holds) != (23246, 9297):
            raise AssertionError(f"wrong result: {sent} packets, {holds} holds")
        total_sent += sent
        total_holds += holds
    print(f"richards runs={RUNS} packets={total_sent} holds={total_holds}")


main()
