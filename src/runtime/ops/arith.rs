//! Arithmetic: `BINARY_OP` and the unary operators (CPython's number protocols).

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::*;
use crate::text::Times;

/// The binary operators of `BINARY_OP`, in CPython's `NB_*` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `&`
    And,
    /// `//`
    FloorDiv,
    /// `<<`
    LShift,
    /// `@`
    MatMul,
    /// `*`
    Mul,
    /// `%`
    Rem,
    /// `|`
    Or,
    /// `**`
    Pow,
    /// `>>`
    RShift,
    /// `-`
    Sub,
    /// `/`
    TrueDiv,
    /// `^`
    Xor,
}

impl BinOp {
    /// Decodes `BINARY_OP`'s argument (in-place forms behave the same on built-ins).
    pub fn from_arg(arg: u32) -> BinOp {
        use BinOp::*;
        [
            Add, And, FloorDiv, LShift, MatMul, Mul, Rem, Or, Pow, RShift, Sub, TrueDiv, Xor,
        ][(arg % 13) as usize]
    }
    /// The operator's symbol as error messages print it (`+`, `**` or `pow()`...).
    pub fn symbol(self, inplace: bool) -> String {
        let s = crate::bytecode::opcodes::NB_OPS[self as usize];
        if inplace {
            format!("{s}=")
        } else {
            s.to_string()
        }
    }
}

pub(super) fn big(v: i64) -> BigInt {
    BigInt::from(v)
}

pub(super) fn to_big(n: &Num<'_>) -> Option<BigInt> {
    match n {
        Num::Small(i) => Some(big(*i)),
        Num::Big(b) => Some((*b).clone()),
        Num::Float(_) => None,
    }
}

/// Converts an int to float, `OverflowError` when it is too large.
pub fn int_to_f64(b: &BigInt) -> R<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(Exc::new(
            ExcType::OverflowError,
            "int too large to convert to float",
        )),
    }
}

pub(super) fn num_f64(n: &Num<'_>) -> R<f64> {
    match n {
        Num::Small(i) => Ok(*i as f64),
        Num::Big(b) => int_to_f64(b),
        Num::Float(f) => Ok(*f),
    }
}

pub(super) fn unsupported(a: &Value, b: &Value, op: BinOp, inplace: bool) -> Exc {
    let sym = if op == BinOp::Pow && !inplace {
        "** or pow()".to_string()
    } else {
        op.symbol(inplace)
    };
    Exc::type_error(format!(
        "unsupported operand type(s) for {sym}: '{}' and '{}'",
        a.type_name(),
        b.type_name()
    ))
}

/// `a op b` for `BINARY_OP` (`inplace` only changes error messages on built-ins).
pub fn binary_op(a: &Value, b: &Value, op: BinOp, inplace: bool) -> R<Value> {
    // Fast path: two small ints.
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let fast = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
                Some(Integer::div_floor(&x, &y))
            }
            BinOp::Rem if y != 0 && y != -1 => Some(Integer::mod_floor(&x, &y)),
            _ => None,
        };
        if let Some(r) = fast {
            return Ok(Value::Int(r));
        }
    }
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        match op {
            BinOp::Add => return Ok(Value::Float(x + y)),
            BinOp::Sub => return Ok(Value::Float(x - y)),
            BinOp::Mul => return Ok(Value::Float(x * y)),
            BinOp::TrueDiv if *y != 0.0 => return Ok(Value::Float(x / y)),
            _ => {}
        }
    }
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::And => return Ok(Value::Bool(x & y)),
            BinOp::Or => return Ok(Value::Bool(x | y)),
            BinOp::Xor => return Ok(Value::Bool(x ^ y)),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        // Bitwise operators and `@` are not defined on floats.
        if (matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)))
            && matches!(
                op,
                BinOp::And | BinOp::Or | BinOp::Xor | BinOp::LShift | BinOp::RShift | BinOp::MatMul
            )
        {
            return Err(unsupported(a, b, op, inplace));
        }
        return num_binary(&x, &y, op);
    }
    let set_op = matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor);
    // A keys or items view takes any iterable as the other operand.
    let view = |v: &Value| matches!(v, Value::DictView(d) if matches!(d.kind, crate::runtime::ViewKind::Keys | crate::runtime::ViewKind::Items));
    let as_set = |v: &Value| -> R<Option<PySet>> {
        match set_like(v)? {
            Some(s) => Ok(Some(s)),
            None if view(a) || view(b) => Ok(Some(PySet::from_values(iterate_plain(v)?)?)),
            None => Ok(None),
        }
    };
    if set_op && let (Some(x), Some(y)) = (as_set(a)?, as_set(b)?) {
        let mut r = match op {
            BinOp::Or => {
                let mut r = x;
                r.update_from(&y)?;
                r
            }
            BinOp::And => x.intersection(&y)?,
            BinOp::Sub => x.difference(&y)?,
            _ => x.symmetric_difference(&y)?,
        };
        return Ok(match a {
            // In-place operators on a set change it and return it.
            Value::Set(s) if inplace => {
                std::mem::swap(&mut *s.borrow_mut(), &mut r);
                a.clone()
            }
            Value::FrozenSet(_) => Value::FrozenSet(Rc::new(r)),
            // A set, or a dict view (whose operations make sets).
            _ => Value::set(r),
        });
    }
    // `d | other` and `d |= other` (PEP 584).
    if op == BinOp::Or
        && let (Value::Dict(x), Value::Dict(y)) = (a, b)
    {
        let items: Vec<_> = y
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if inplace {
            x.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        let mut d = x.borrow().clone();
        d.extend(items);
        return Ok(Value::dict(d));
    }
    // `d |= iterable` updates from any mapping or iterable of pairs.
    if inplace
        && op == BinOp::Or
        && let Value::Dict(x) = a
        && !matches!(b, Value::Instance(_))
    {
        let other = crate::runtime::object::with_vm(|vm| {
            vm.call(&Value::Type(TypeKind::Dict), vec![b.clone()], Vec::new())
        })?;
        if let Value::Dict(y) = other {
            let items: Vec<_> = y
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            x.borrow_mut().extend(items);
        }
        return Ok(a.clone());
    }
    if (a.has_py_class() || b.has_py_class())
        && let Some(v) = instance_binary_op(a, b, op, inplace)?
    {
        return Ok(v);
    }
    // Every special method declined: the built-in operand's own error
    // (`can only concatenate str ...`) or `unsupported operand type(s)`.
    if (matches!(a, Value::Complex(..)) || matches!(b, Value::Complex(..)))
        && let (Some(x), Some(y)) = (as_complex(a), as_complex(b))
    {
        return complex_binary(x?, y?, op).unwrap_or_else(|| Err(unsupported(a, b, op, inplace)));
    }
    if inplace
        && op == BinOp::Add
        && let Value::ByteArray(x) = a
        && let Some(y) = b.byte_data()
    {
        // `bytearray += bytes-like` extends in place.
        let y = y.into_owned();
        x.borrow_mut().extend_from_slice(&y);
        return Ok(a.clone());
    }
    if inplace
        && op == BinOp::Add
        && let Value::List(l) = a
    {
        // `list += iterable` extends the list in place (`list.__iadd__`).
        let items = iterate_plain(b)?;
        l.borrow_mut().extend(items);
        return Ok(a.clone());
    }
    if inplace
        && op == BinOp::Mul
        && let (Value::List(l), Some(n)) = (a, index_value(b))
    {
        let n = n?.max(0) as usize;
        if l.borrow().len().saturating_mul(n) > MAX_RESULT_ITEMS {
            return Err(Exc::new(ExcType::MemoryError, ""));
        }
        let items = std::mem::take(&mut *l.borrow_mut());
        let mut out = Vec::with_capacity(items.len() * n);
        for _ in 0..n {
            out.extend(items.iter().cloned());
        }
        *l.borrow_mut() = out;
        return Ok(a.clone());
    }
    seq_binary(a, b, op).unwrap_or_else(|| Err(unsupported(a, b, op, inplace)))
}

/// A number as a complex `(real, imag)`; `None` for non-numbers.
fn as_complex(v: &Value) -> Option<R<(f64, f64)>> {
    match v {
        Value::Complex(r, i) => Some(Ok((*r, *i))),
        _ => {
            let n = as_num(v)?;
            Some(num_f64(&n).map(|r| (r, 0.0)))
        }
    }
}

type Complex = (f64, f64);

fn c_mul(a: Complex, b: Complex) -> Complex {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Complex division scaled by the larger part of the divisor (Smith's method,
/// as CPython computes it); `None` for a zero divisor.
fn c_div(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_r, abs_i) = (b.0.abs(), b.1.abs());
    if abs_r >= abs_i {
        if abs_r == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_i >= abs_r {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN part: neither comparison holds.
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** b` for complex numbers: repeated squaring for integral exponents up to
/// 100 in size, the polar form otherwise. `None` means a zero base raised to a
/// negative or complex power.
fn c_pow(a: Complex, b: Complex) -> Option<Complex> {
    if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut r = (1.0, 0.0);
        let (mut p, mut k) = (a, n.unsigned_abs());
        while k > 0 {
            if k & 1 == 1 {
                r = c_mul(r, p);
            }
            p = c_mul(p, p);
            k >>= 1;
        }
        return if n < 0 { c_div((1.0, 0.0), r) } else { Some(r) };
    }
    if b == (0.0, 0.0) {
        return Some((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        return (b.1 == 0.0 && b.0 >= 0.0).then_some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `a op b` once either side is complex; `None` for operators complex lacks.
fn complex_binary(a: Complex, b: Complex, op: BinOp) -> Option<R<Value>> {
    let done = |c: Complex| Some(Ok(Value::Complex(c.0, c.1)));
    match op {
        BinOp::Add => done((a.0 + b.0, a.1 + b.1)),
        BinOp::Sub => done((a.0 - b.0, a.1 - b.1)),
        BinOp::Mul => done(c_mul(a, b)),
        BinOp::TrueDiv => match c_div(a, b) {
            Some(c) => done(c),
            None => Some(Err(Exc::new(
                ExcType::ZeroDivisionError,
                "complex division by zero",
            ))),
        },
        BinOp::Pow => match c_pow(a, b) {
            Some(c) => done(c),
            None => Some(Err(Exc::new(
                ExcType::ZeroDivisionError,
                "0.0 to a negative or complex power",
            ))),
        },
        _ => None,
    }
}

pub(super) fn num_binary(x: &Num<'_>, y: &Num<'_>, op: BinOp) -> R<Value> {
    let is_float = matches!(x, Num::Float(_)) || matches!(y, Num::Float(_));
    if is_float {
        let (a, b) = (num_f64(x)?, num_f64(y)?);
        return float_binary(a, b, op);
    }
    let (a, b) = (to_big(x).expect("int"), to_big(y).expect("int"));
    let zero_div = |m: &str| Exc::new(ExcType::ZeroDivisionError, m);
    Ok(match op {
        BinOp::Add => Value::int(a + b),
        BinOp::Sub => Value::int(a - b),
        BinOp::Mul => Value::int(a * b),
        BinOp::And => Value::int(a & b),
        BinOp::Or => Value::int(a | b),
        BinOp::Xor => Value::int(a ^ b),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(zero_div("integer division or modulo by zero"));
            }
            Value::int(a.div_floor(&b))
        }
        BinOp::Rem => {
            if b.is_zero() {
                return Err(zero_div("integer modulo by zero"));
            }
            Value::int(a.mod_floor(&b))
        }
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(zero_div("division by zero"));
            }
            Value::Float(int_true_div(&a, &b)?)
        }
        BinOp::Pow => {
            if b.is_negative() {
                let (fa, fb) = (int_to_f64(&a)?, int_to_f64(&b)?);
                return float_binary(fa, fb, BinOp::Pow);
            }
            let e = b
                .to_u32()
                .ok_or_else(|| Exc::new(ExcType::OverflowError, "exponent too large"))?;
            Value::int(num_traits::pow::Pow::pow(a, e))
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(Exc::value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            let s = b
                .to_usize()
                .ok_or_else(|| Exc::new(ExcType::OverflowError, "too many digits in integer"))?;
            if s > MAX_RESULT_ITEMS {
                return Err(Exc::new(ExcType::MemoryError, ""));
            }
            Value::int(a << s)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(Exc::value_error("negative shift count"));
            }
            let s = b.to_usize().unwrap_or(usize::MAX);
            if s > a.bits() as usize {
                return Ok(Value::Int(if a.is_negative() { -1 } else { 0 }));
            }
            Value::int(a >> s)
        }
        BinOp::MatMul => {
            return Err(Exc::type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ));
        }
    })
}

/// Correctly rounded `a / b` for ints (CPython divides exactly, not via floats).
pub(super) fn int_true_div(a: &BigInt, b: &BigInt) -> R<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64())
        && x.unsigned_abs() < (1 << 53)
        && y.unsigned_abs() < (1 << 53)
    {
        return Ok(x as f64 / y as f64);
    }
    // Scale so the quotient has 64+ significant bits, then round through f64.
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = b.bits() as i64 - a.bits() as i64 + 66;
    let (q, r) = if shift >= 0 {
        (&a << shift as usize).div_rem(&b)
    } else {
        a.div_rem(&(&b << (-shift) as usize))
    };
    let q = if r.is_zero() {
        q
    } else {
        (q << 1usize) | BigInt::from(1)
    };
    let extra = if r.is_zero() { 0 } else { 1 };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let result = qf * 2f64.powi(-(shift as i32) - extra);
    if result.is_infinite() {
        return Err(Exc::new(
            ExcType::OverflowError,
            "integer division result too large for a float",
        ));
    }
    Ok(if neg { -result } else { result })
}

pub(super) fn float_binary(a: f64, b: f64, op: BinOp) -> R<Value> {
    let zero_div = |m: &str| Err(Exc::new(ExcType::ZeroDivisionError, m));
    Ok(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return zero_div("float division by zero");
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return zero_div("float floor division by zero");
            }
            float_divmod(a, b).0
        }
        BinOp::Rem => {
            if b == 0.0 {
                return zero_div("float modulo by zero");
            }
            float_divmod(a, b).1
        }
        BinOp::Pow => {
            if a == 0.0 && b < 0.0 {
                return zero_div("0.0 cannot be raised to a negative power");
            }
            if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                // CPython returns a complex number here.
                let (m, t) = (a.abs().powf(b), std::f64::consts::PI * b);
                return Ok(Value::Complex(m * t.cos(), m * t.sin()));
            }
            let r = a.powf(b);
            if r.is_infinite() && a.is_finite() && b.is_finite() {
                return Err(Exc::new(
                    ExcType::OverflowError,
                    "(34, 'Numerical result out of range')",
                ));
            }
            r
        }
        _ => {
            let op_s = op.symbol(false);
            return Err(Exc::type_error(format!(
                "unsupported operand type(s) for {op_s}: 'float' and 'float'"
            )));
        }
    }))
}

/// Python's float `divmod`: floor quotient and a remainder with the divisor's sign.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

pub(super) fn seq_count(n: &Value) -> Option<R<usize>> {
    match n {
        Value::Int(i) => Some(Ok((*i).max(0) as usize)),
        Value::Bool(b) => Some(Ok(*b as usize)),
        Value::BigInt(b) => Some(if b.is_negative() {
            Ok(0)
        } else {
            Err(Exc::new(
                ExcType::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            ))
        }),
        _ => Some(match index_value(n) {
            Some(Ok(i)) => Ok(i.max(0) as usize),
            Some(Err(e)) => Err(e),
            None => Err(Exc::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                n.type_name()
            ))),
        }),
    }
}

pub(super) fn seq_binary(a: &Value, b: &Value, op: BinOp) -> Option<R<Value>> {
    match (op, a, b) {
        (BinOp::Add, Value::Str(x), Value::Str(y)) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Some(Ok(Value::Str(Rc::new(PyStr::new(s)))))
        }
        (BinOp::Add, Value::List(x), Value::List(y)) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Some(Ok(Value::list(v)))
        }
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => Some(Ok(Value::tuple(
            x.iter().chain(y.iter()).cloned().collect(),
        ))),
        (BinOp::Add, Value::Bytes(_) | Value::ByteArray(_), _) => {
            let x = a.byte_data().expect("bytes-like");
            let Some(y) = b.byte_data() else {
                return Some(Err(Exc::type_error(format!(
                    "can't concat {} to {}",
                    b.type_name(),
                    a.type_name()
                ))));
            };
            let joined: Vec<u8> = x.iter().chain(y.iter()).copied().collect();
            Some(Ok(match a {
                Value::ByteArray(_) => Value::bytearray(joined),
                _ => Value::Bytes(joined.into()),
            }))
        }
        (BinOp::Add, Value::Str(_) | Value::List(_) | Value::Tuple(_), _) => {
            let t = a.type_name();
            Some(Err(Exc::type_error(format!(
                "can only concatenate {t} (not \"{}\") to {t}",
                b.type_name()
            ))))
        }
        // `seq * n` and `n * seq`.
        (BinOp::Mul, _, _) => {
            let is_seq = |v: &Value| {
                matches!(
                    v,
                    Value::Str(_)
                        | Value::List(_)
                        | Value::Tuple(_)
                        | Value::Bytes(_)
                        | Value::ByteArray(_)
                )
            };
            let (seq, n) = match (is_seq(a), is_seq(b)) {
                (true, _) => (a, b),
                (false, true) => (b, a),
                _ => return None,
            };
            Some(seq_count(n)?.and_then(|n| checked_multiply(seq, n)))
        }
        (BinOp::Rem, Value::Str(fmt), _) => {
            Some(crate::runtime::builtins::percent_format(fmt.as_str(), b))
        }
        _ => None,
    }
}

pub(super) fn checked_multiply(seq: &Value, n: usize) -> R<Value> {
    let len = match seq {
        Value::Str(s) => s.as_str().len(),
        other => len(other)?,
    };
    if len.saturating_mul(n) > MAX_RESULT_ITEMS {
        return Err(Exc::new(ExcType::MemoryError, ""));
    }
    Ok(multiply_seq(seq, n))
}

/// Results larger than this many items (or bits) raise `MemoryError` instead of
/// exhausting the machine's memory, which would abort the process.
pub const MAX_RESULT_ITEMS: usize = 1 << 32;

pub(super) fn multiply_seq(seq: &Value, n: usize) -> Value {
    match seq {
        Value::Str(s) => Value::Str(Rc::new(PyStr::new(s.as_str().times(n)))),
        Value::Bytes(b) => Value::Bytes(b.times(n).into()),
        Value::ByteArray(b) => Value::bytearray(b.borrow().times(n)),
        Value::List(l) => {
            let l = l.borrow();
            let mut v = Vec::with_capacity(l.len() * n);
            for _ in 0..n {
                v.extend(l.iter().cloned());
            }
            Value::list(v)
        }
        Value::Tuple(t) => {
            let mut v = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                v.extend(t.iter().cloned());
            }
            Value::tuple(v)
        }
        _ => unreachable!("only sequences are multiplied"),
    }
}

/// `-v`.
pub fn negate(v: &Value) -> R<Value> {
    match v {
        Value::Int(i) => Ok(i
            .checked_neg()
            .map_or_else(|| Value::int(-big(*i)), Value::Int)),
        Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
        Value::BigInt(b) => Ok(Value::int(-(**b).clone())),
        Value::Float(f) => Ok(Value::Float(-f)),
        Value::Complex(r, i) => Ok(Value::Complex(-r, -i)),
        Value::Instance(_) => unary(v, "__neg__", "-"),
        _ => Err(Exc::type_error(format!(
            "bad operand type for unary -: '{}'",
            v.type_name()
        ))),
    }
}

/// `+v`.
pub fn positive(v: &Value) -> R<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(..) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Instance(_) => unary(v, "__pos__", "+"),
        _ => Err(Exc::type_error(format!(
            "bad operand type for unary +: '{}'",
            v.type_name()
        ))),
    }
}

/// `~v`.
pub fn invert(v: &Value) -> R<Value> {
    match v {
        Value::Int(i) => Ok(Value::Int(!i)),
        Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
        Value::BigInt(b) => Ok(Value::int(-(**b).clone() - 1)),
        Value::Instance(_) => unary(v, "__invert__", "~"),
        _ => Err(Exc::type_error(format!(
            "bad operand type for unary ~: '{}'",
            v.type_name()
        ))),
    }
}
