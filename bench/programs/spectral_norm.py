# Spectral norm: the largest singular value of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to N x N,
# by ten rounds of the power method on A^T A (N=100: 1.274219991).

import math

N = 320


def a(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(u):
    """A u."""
    n = len(u)
    return [sum([a(i, j) * u[j] for j in range(n)]) for i in range(n)]


def times_transposed(u):
    """A^T u."""
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(j, i) * u[j]
        out.append(total)
    return out


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_transposed(times(u))
        u = times_transposed(times(v))
    vbv = vv = 0.0
    for ui, vi in zip(u, v):
        vbv += ui * vi
        vv += vi * vi
    return math.sqrt(vbv / vv)


def main():
    print(f"spectral_norm n={N} norm={spectral_norm(N):.9f}")


main()
