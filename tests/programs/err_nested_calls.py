# An error deep inside nested calls: the traceback lists every frame.

def parse_record(line):
    name, qty, price = line.split(",")
    return name, int(qty), float(price)

def total_for(lines):
    total = 0.0
    for line in lines:
        name, qty, price = parse_record(line)
        print("  %s: %d x %.2f" % (name, qty, price))
        total += qty * price
    return total

def report(batches):
    for label, lines in batches:
        print(label)
        print("  total %.2f" % total_for(lines))

report([
    ("batch 1", ["apple,3,0.5", "pear,2,0.75"]),
    ("batch 2", ["plum,10,0.1", "fig,two,1.5", "kiwi,1,0.3"]),
])
