# Fannkuch: for every permutation of 0..N-1, count the prefix reversals
# ("pancake flips") needed until 0 comes first. Prints the checksum (flip
# counts added and subtracted alternately, in the order the permutations are
# generated) and the largest flip count (N=7: 228 and 16).

N = 9


def fannkuch(n):
    perm = list(range(n))
    counters = [0] * n
    level = n
    index = 0
    checksum = 0
    most = 0
    while True:
        while level > 1:
            counters[level - 1] = level
            level -= 1

        first = perm[0]
        if first:
            p = perm[:]
            flips = 0
            while first:
                p[:first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            if flips > most:
                most = flips
            checksum += -flips if index & 1 else flips

        # The next permutation: rotate the first level+1 items left by one,
        # moving up a level each time the counter of a level runs out.
        while True:
            if level == n:
                return checksum, most
            head = perm[0]
            for i in range(level):
                perm[i] = perm[i + 1]
            perm[level] = head
            counters[level] -= 1
            if counters[level] > 0:
                break
            level += 1
        index += 1


def main():
    checksum, most = fannkuch(N)
    print(f"fannkuch n={N} checksum={checksum} max_flips={most}")


main()
