def f[T](x: T) -> T: return x
def g[T, U](a: T, b: U): pass
def h[T: int](x): pass
def i[T: (int, str)](x): pass
def j[*Ts](*args: *Ts): pass
def k[**P](fn: Callable[P, R]) -> Callable[P, R]: pass
def l[T, *Ts, **P](): pass
def m[T,](): pass
async def n[T](x: T): pass
class A[T]: pass
class B[T: int, *Ts, **P](Base[T]): pass
class C[T = int]: pass
class D[T: int = bool]: pass
class E[*Ts = *tuple[int, str]]: pass
class F[**P = [int, str]]: pass
class G[T = int, *Ts = *tuple[int, ...], **P = ...]: pass
def o[T = int](x: T): pass
def p[**P = (int, str)](): pass
def q[*Ts = *Default](): pass
class H[
    T,
    U: str,
](): pass
type X = int
type Y[T] = list[T]
type Z[T: int] = dict[str, T]
type W[*Ts] = tuple[*Ts]
type V[**P] = Callable[P, None]
type U[T = int, *Ts = *tuple[str], **P = [bytes]] = T
type Alias = "forward"
type Long = (
    int
    | str
    | None
)
type Lam[T] = lambda: T
def r[T: (yield_ := 1)](): pass
class I[T: list[int] = list[bool]]: pass
def s[T: int, U: str = "x"](a: T, b: U) -> tuple[T, U]: pass
