//! `math` — CPython's `Modules/mathmodule.c`: float functions with CPython's
//! domain and range errors, and the exact integer ones (`factorial`, `gcd`,
//! `isqrt`, `comb`, `perm`).

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::runtime::builtins::{Builtin, Kwargs};
use crate::runtime::{Exc, ExcType, Module, Value};
use crate::vm::Vm;

type R<T> = Result<T, Exc>;

/// Fills in the module.
pub fn init(_: &Vm, m: &Rc<Module>) -> R<()> {
    super::add_functions(m, FUNCTIONS);
    m.set("pi", Value::Float(std::f64::consts::PI));
    m.set("e", Value::Float(std::f64::consts::E));
    m.set("tau", Value::Float(std::f64::consts::TAU));
    m.set("inf", Value::Float(f64::INFINITY));
    m.set("nan", Value::Float(f64::NAN));
    Ok(())
}

fn arity(name: &str, args: &[Value], n: usize) -> R<()> {
    if args.len() != n {
        let msg = if n == 1 {
            format!(
                "math.{name}() takes exactly one argument ({} given)",
                args.len()
            )
        } else {
            format!("{name} expected {n} arguments, got {}", args.len())
        };
        return Err(Exc::type_error(msg));
    }
    Ok(())
}

/// A real number as a float (`TypeError` otherwise).
fn real(v: &Value) -> R<f64> {
    crate::runtime::builtins::real_arg(v)
}

/// An integer argument (`TypeError` for floats and others).
fn integer(v: &Value) -> R<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        other => match crate::runtime::index_int(other) {
            Some(i) => integer(&i?),
            None => Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ))),
        },
    }
}

fn domain() -> Exc {
    Exc::value_error("math domain error")
}

fn range_error() -> Exc {
    Exc::new(ExcType::OverflowError, "math range error")
}

/// A float result checked as CPython's `math_1` checks it: NaN from a
/// non-NaN argument is a domain error, infinity from a finite one overflow.
fn checked(x: f64, r: f64, can_overflow: bool) -> R<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain()
        });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
                arity(stringify!($name), a, 1)?;
                let x = real(&a[0])?;
                let f: fn(f64) -> f64 = $f;
                checked(x, f(x), $overflow)
            }
        )*
    };
}

unary! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, true;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    fabs => f64::abs, false;
    log2 => log2_checked, false;
    log10 => log10_checked, false;
    expm1 => f64::exp_m1, true;
    log1p => log1p_checked, false;
}

fn log2_checked(x: f64) -> f64 {
    if x <= 0.0 { f64::NAN } else { x.log2() }
}

fn log10_checked(x: f64) -> f64 {
    if x <= 0.0 { f64::NAN } else { x.log10() }
}

fn log1p_checked(x: f64) -> f64 {
    if x <= -1.0 { f64::NAN } else { x.ln_1p() }
}

/// The natural log of any positive int, even one too large for a float.
fn ln(v: &Value) -> R<f64> {
    if let Value::BigInt(b) = v {
        if !b.is_positive() {
            return Err(domain());
        }
        let bits = b.bits();
        if bits > 1000 {
            let shifted: BigInt = &**b >> (bits - 60);
            let f = shifted.to_f64().unwrap_or(f64::NAN);
            return Ok(f.ln() + (bits - 60) as f64 * std::f64::consts::LN_2);
        }
    }
    let x = real(v)?;
    if x <= 0.0 || x.is_nan() {
        return if x.is_nan() { Ok(x) } else { Err(domain()) };
    }
    Ok(x.ln())
}

fn log(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    if a.is_empty() || a.len() > 2 {
        return Err(Exc::type_error(format!(
            "log expected 1 or 2 arguments, got {}",
            a.len()
        )));
    }
    let num = ln(&a[0])?;
    if let Some(base) = a.get(1) {
        let den = ln(base)?;
        if den == 0.0 {
            return Err(Exc::new(
                ExcType::ZeroDivisionError,
                "float division by zero",
            ));
        }
        return Ok(Value::Float(num / den));
    }
    Ok(Value::Float(num))
}

fn pow(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("pow", a, 2)?;
    let (x, y) = (real(&a[0])?, real(&a[1])?);
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn atan2(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("atan2", a, 2)?;
    Ok(Value::Float(real(&a[0])?.atan2(real(&a[1])?)))
}

fn fmod(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("fmod", a, 2)?;
    let (x, y) = (real(&a[0])?, real(&a[1])?);
    if y == 0.0 && !x.is_nan() || x.is_infinite() {
        return Err(domain());
    }
    Ok(Value::Float(x % y))
}

fn copysign(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("copysign", a, 2)?;
    Ok(Value::Float(real(&a[0])?.copysign(real(&a[1])?)))
}

fn hypot(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let mut acc = 0.0f64;
    for v in a {
        acc = acc.hypot(real(v)?);
    }
    Ok(Value::Float(acc))
}

fn degrees(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("degrees", a, 1)?;
    Ok(Value::Float(real(&a[0])?.to_degrees()))
}

fn radians(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("radians", a, 1)?;
    Ok(Value::Float(real(&a[0])?.to_radians()))
}

/// `floor`/`ceil`/`trunc`: ints stay ints, floats become ints.
/// An object's own `__floor__`, `__ceil__` or `__trunc__` decides first.
fn rounding(vm: &Vm, name: &str, a: &[Value], f: fn(f64) -> f64) -> R<Value> {
    arity(name, a, 1)?;
    match &a[0] {
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        v @ Value::Instance(_) => {
            let method = match name {
                "floor" => "__floor__",
                "ceil" => "__ceil__",
                _ => "__trunc__",
            };
            match crate::runtime::object::special(v, method) {
                Some(m) => vm.call(&m, vec![v.clone()], Vec::new()),
                None if name == "trunc" => Err(Exc::type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    v.type_name()
                ))),
                None => crate::runtime::builtins::to_int(&Value::Float(f(real(v)?))),
            }
        }
        v => crate::runtime::builtins::to_int(&Value::Float(f(real(v)?))),
    }
}

fn floor(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    rounding(vm, "floor", a, f64::floor)
}

fn ceil(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    rounding(vm, "ceil", a, f64::ceil)
}

fn trunc(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    rounding(vm, "trunc", a, f64::trunc)
}

fn isnan(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("isnan", a, 1)?;
    Ok(Value::Bool(real(&a[0])?.is_nan()))
}

fn isinf(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("isinf", a, 1)?;
    Ok(Value::Bool(real(&a[0])?.is_infinite()))
}

fn isfinite(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("isfinite", a, 1)?;
    Ok(Value::Bool(real(&a[0])?.is_finite()))
}

fn isclose(_: &Vm, a: &[Value], kw: Kwargs<'_>) -> R<Value> {
    arity("isclose", a, 2)?;
    let (x, y) = (real(&a[0])?, real(&a[1])?);
    let mut rel = 1e-9;
    let mut abs = 0.0;
    for (k, v) in kw {
        match k.as_str() {
            "rel_tol" => rel = real(v)?,
            "abs_tol" => abs = real(v)?,
            other => {
                return Err(Exc::type_error(format!(
                    "isclose() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(Exc::value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

fn factorial(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("factorial", a, 1)?;
    if let Value::Float(_) = a[0] {
        return Err(Exc::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = integer(&a[0])?;
    if n.is_negative() {
        return Err(Exc::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_u64().ok_or_else(|| {
        Exc::new(
            ExcType::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    let mut acc = BigInt::one();
    for i in 2..=n {
        acc *= i;
    }
    Ok(Value::int(acc))
}

fn gcd(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let mut acc = BigInt::zero();
    for v in a {
        acc = acc.gcd(&integer(v)?);
    }
    Ok(Value::int(acc))
}

fn lcm(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let mut acc = BigInt::one();
    for v in a {
        let x = integer(v)?;
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        acc = acc.lcm(&x);
    }
    Ok(Value::int(acc.abs()))
}

fn isqrt(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("isqrt", a, 1)?;
    let n = integer(&a[0])?;
    if n.is_negative() {
        return Err(Exc::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::int(n.sqrt()))
}

fn comb_perm(name: &str, a: &[Value], comb: bool) -> R<Value> {
    let one_arg_perm = a.len() == 1 && !comb;
    if a.len() != 2 && !one_arg_perm {
        return Err(Exc::type_error(format!(
            "{name} expected 2 arguments, got {}",
            a.len()
        )));
    }
    let n = integer(&a[0])?;
    let k = match a.get(1) {
        Some(v) => integer(v)?,
        None => n.clone(),
    };
    if n.is_negative() {
        return Err(Exc::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(Exc::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(0);
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - i;
    }
    if comb {
        let mut f = BigInt::one();
        for i in 2..=k {
            f *= i;
        }
        acc /= f;
    }
    Ok(Value::int(acc))
}

fn comb(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    comb_perm("comb", a, true)
}

fn perm(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    comb_perm("perm", a, false)
}

fn prod(vm: &Vm, a: &[Value], kw: Kwargs<'_>) -> R<Value> {
    arity("prod", a, 1)?;
    let mut acc = kw
        .iter()
        .find(|(k, _)| k.as_str() == "start")
        .map_or(Value::Int(1), |(_, v)| v.clone());
    for v in vm.iterate(&a[0])? {
        acc = crate::runtime::binary_op(&acc, &v, crate::runtime::BinOp::Mul, false)?;
    }
    Ok(acc)
}

/// `fsum`: exact summation of floats (Shewchuk's partials, as CPython does).
fn fsum(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("fsum", a, 1)?;
    let mut partials: Vec<f64> = Vec::new();
    for v in vm.iterate(&a[0])? {
        let mut x = real(&v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn dist(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("dist", a, 2)?;
    let (p, q) = (vm.iterate(&a[0])?, vm.iterate(&a[1])?);
    if p.len() != q.len() {
        return Err(Exc::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut acc = 0.0f64;
    for (x, y) in p.iter().zip(&q) {
        acc = acc.hypot(real(x)? - real(y)?);
    }
    Ok(Value::Float(acc))
}

fn modf(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("modf", a, 1)?;
    let x = real(&a[0])?;
    let int = x.trunc();
    Ok(Value::tuple(vec![
        Value::Float((x - int).copysign(x)),
        Value::Float(int),
    ]))
}

static FUNCTIONS: &[Builtin] = &[
    Builtin {
        name: "sqrt",
        func: sqrt,
    },
    Builtin {
        name: "exp",
        func: exp,
    },
    Builtin {
        name: "expm1",
        func: expm1,
    },
    Builtin {
        name: "sin",
        func: sin,
    },
    Builtin {
        name: "cos",
        func: cos,
    },
    Builtin {
        name: "tan",
        func: tan,
    },
    Builtin {
        name: "asin",
        func: asin,
    },
    Builtin {
        name: "acos",
        func: acos,
    },
    Builtin {
        name: "atan",
        func: atan,
    },
    Builtin {
        name: "atan2",
        func: atan2,
    },
    Builtin {
        name: "sinh",
        func: sinh,
    },
    Builtin {
        name: "cosh",
        func: cosh,
    },
    Builtin {
        name: "tanh",
        func: tanh,
    },
    Builtin {
        name: "fabs",
        func: fabs,
    },
    Builtin {
        name: "log",
        func: log,
    },
    Builtin {
        name: "log2",
        func: log2,
    },
    Builtin {
        name: "log10",
        func: log10,
    },
    Builtin {
        name: "log1p",
        func: log1p,
    },
    Builtin {
        name: "pow",
        func: pow,
    },
    Builtin {
        name: "fmod",
        func: fmod,
    },
    Builtin {
        name: "copysign",
        func: copysign,
    },
    Builtin {
        name: "hypot",
        func: hypot,
    },
    Builtin {
        name: "degrees",
        func: degrees,
    },
    Builtin {
        name: "radians",
        func: radians,
    },
    Builtin {
        name: "floor",
        func: floor,
    },
    Builtin {
        name: "ceil",
        func: ceil,
    },
    Builtin {
        name: "trunc",
        func: trunc,
    },
    Builtin {
        name: "isnan",
        func: isnan,
    },
    Builtin {
        name: "isinf",
        func: isinf,
    },
    Builtin {
        name: "isfinite",
        func: isfinite,
    },
    Builtin {
        name: "isclose",
        func: isclose,
    },
    Builtin {
        name: "factorial",
        func: factorial,
    },
    Builtin {
        name: "gcd",
        func: gcd,
    },
    Builtin {
        name: "lcm",
        func: lcm,
    },
    Builtin {
        name: "isqrt",
        func: isqrt,
    },
    Builtin {
        name: "comb",
        func: comb,
    },
    Builtin {
        name: "perm",
        func: perm,
    },
    Builtin {
        name: "prod",
        func: prod,
    },
    Builtin {
        name: "fsum",
        func: fsum,
    },
    Builtin {
        name: "dist",
        func: dist,
    },
    Builtin {
        name: "modf",
        func: modf,
    },
];
