# Float loop: floating-point arithmetic in plain loops. A Mandelbrot escape
# count over a SIZE x SIZE grid, a midpoint-rule integral of a smooth
# function using math.sin/cos/sqrt/exp, and a damped oscillator stepped with
# velocity Verlet. Prints each result rounded to 9 decimals.

import math

SIZE = 400
MAX_ITER = 60
INTERVALS = 1000000
OSC_STEPS = 1100000


def mandelbrot(size, max_iter):
    escaped = 0
    for row in range(size):
        ci = -1.25 + 2.5 * row / size
        for col in range(size):
            cr = -2.0 + 2.75 * col / size
            zr = zi = 0.0
            n = 0
            while n < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            escaped += n
    return escaped


def integrate(intervals):
    lo, hi = 0.0, 3.0
    h = (hi - lo) / intervals
    total = 0.0
    for k in range(intervals):
        x = lo + (k + 0.5) * h
        total += math.sin(x) * math.exp(-0.5 * x) + math.sqrt(1.0 + x * x) * math.cos(2.0 * x)
    return total * h


def oscillator(steps):
    dt = 0.001
    x, v = 1.0, 0.0
    k, c = 4.0, 0.004
    a = -k * x - c * v
    energy_lost = 0.0
    for _ in range(steps):
        x += v * dt + 0.5 * a * dt * dt
        v_half = v + 0.5 * a * dt
        a_new = -k * x - c * v_half
        v = v_half + 0.5 * a_new * dt
        a = a_new
        energy_lost += c * v * v * dt
    return x, v, energy_lost


def main():
    escaped = mandelbrot(SIZE, MAX_ITER)
    area = integrate(INTERVALS)
    x, v, lost = oscillator(OSC_STEPS)
    print(f"float_loop mandelbrot={escaped} integral={area:.9f} "
          f"x={x:.9f} v={v:.9f} lost={lost:.9f}")


main()
