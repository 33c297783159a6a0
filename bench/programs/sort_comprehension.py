# Sorting and comprehensions: generate RECORDS records (tuples) with a
# linear congruential generator, then sort them with key functions, reverse
# and stable multi-key sorts, and reshape them with list, dict, set and
# nested comprehensions, min/max and slicing. Prints checksums.

RECORDS = 40000
ROUNDS = 7

CITIES = ["Oslo", "Lima", "Pune", "Kyiv", "Graz", "Cork", "Nice", "Bern", "Faro", "Lodz"]


def records(seed, n):
    state = seed

    def draw(bound):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) % bound

    return [(i, CITIES[draw(len(CITIES))], draw(1000), draw(100)) for i in range(n)]


def checksum(rows):
    total = 0
    for ident, _city, score, age in rows:
        total = (total * 31 + ident * 7 + score + age) % 1000000007
    return total


def round_of(seed):
    rows = records(seed, RECORDS)
    by_score = sorted(rows, key=lambda r: r[2])
    by_city_age = sorted(by_score, key=lambda r: (r[1], -r[3]))
    newest = sorted(rows, key=lambda r: r[0], reverse=True)[:100]
    scores = [r[2] for r in rows]
    scores.sort(reverse=True)
    median = scores[len(scores) // 2]
    best_by_city = {city: max(r[2] for r in rows if r[1] == city) for city in CITIES}
    ages = {r[3] for r in rows if r[2] > median}
    grid = [[(r[2] + c) % 10 for c in range(8)] for r in rows[:2000]]
    columns = [sum(row[c] for row in grid) for c in range(8)]
    pairs = sorted((a, b) for a in range(40) for b in range(a) if (a * b) % 7 == 3)
    words = sorted([f"{r[1]}-{r[2]:03d}" for r in rows[:5000]])
    return [checksum(by_city_age), checksum(newest), median,
            sum(best_by_city.values()), len(ages), sum(columns), len(pairs),
            words[0], words[-1], min(rows, key=lambda r: (r[3], r[0]))[0]]


def main():
    for seed in range(1, ROUNDS + 1):
        print("sort_comprehension", seed, *round_of(seed))


main()
