# The math module: rounding functions, logs, trig, integer helpers, special values and domain errors.
import math
from math import pi, e, inf, nan, sqrt, floor, ceil

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(pi, e, inf, nan, math.tau, type(floor(2.5)).__name__, type(sqrt(4)).__name__)
for v in [2.5, -2.5, 3.0, -0.5, 1e20, 7]:
    print(v, floor(v), ceil(v), math.trunc(v), round(v), math.fabs(v), math.copysign(1, v))
print(sqrt(2), sqrt(16), math.isqrt(17), math.isqrt(10 ** 40), math.exp(1), math.exp(0), math.log(math.e))
print(math.log(8, 2), math.log2(1024), math.log10(1000), math.log(100, 10), math.log1p(0), math.expm1(0))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1) * 4, math.degrees(pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 8), math.lcm(4, 6), math.lcm(4, 6, 10))
print(math.factorial(20), math.factorial(0), math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5))
print(math.isfinite(1.0), math.isfinite(inf), math.isinf(-inf), math.isnan(nan), math.isnan(1.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.fmod(7, -3), math.remainder(7, 3), math.remainder(5, 2))
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.ulp(1.0))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.floor(-0.0), math.ceil(-0.5), math.pow(2, 10))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.exp2(10))

show("sqrt neg", lambda: math.sqrt(-1))
show("log zero", lambda: math.log(0))
show("log neg", lambda: math.log(-1))
show("acos 2", lambda: math.acos(2))
show("exp big", lambda: math.exp(1000))
show("factorial neg", lambda: math.factorial(-1))
show("factorial float", lambda: math.factorial(5.0))
show("isqrt neg", lambda: math.isqrt(-4))
show("floor inf", lambda: math.floor(inf))
show("ceil nan", lambda: math.ceil(nan))
show("comb neg", lambda: math.comb(-1, 2))
show("gcd float", lambda: math.gcd(1.5, 2))
show("sqrt str", lambda: math.sqrt("4"))
show("fmod zero", lambda: math.fmod(1, 0))
show("pow domain", lambda: math.pow(-8, 1 / 3))
show("log base one", lambda: math.log(10, 1))
show("no such", lambda: math.nosuch)

# floor/ceil dispatch to __floor__/__ceil__ and accept big ints exactly
class Weird:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __float__(self):
        return 2.25
print(floor(Weird()), ceil(Weird()), sqrt(Weird()), math.trunc(7.9), floor(10 ** 30 + 1) - 10 ** 30)

def newton_sqrt(x, steps=6):
    guess = x / 2
    for i in range(steps):
        guess = (guess + x / guess) / 2
        print("  step", i, round(guess, 12))
    return guess
print(newton_sqrt(2.0), math.isclose(newton_sqrt(10.0, 4), sqrt(10)))
