//! Operations on values with CPython's semantics and messages: truth, hashing,
//! equality and ordering, arithmetic, `repr`/`str`, indexing, iteration.

use crate::text::Times;
use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{Dict, Exc, ExcType, HashKey, Iter, PyStr, Range, TypeKind, Value};
use crate::pyrepr;

type R<T> = Result<T, Exc>;

/// CPython's modulus for numeric hashes (2**61 - 1).
const HASH_MODULUS: i64 = (1 << 61) - 1;

// ------------------------------------------------------------------ truth, hash, equality

/// `bool(v)`.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null | Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::BigInt(_) => true,
        Value::Float(f) => *f != 0.0,
        Value::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Value::Str(s) => !s.as_str().is_empty(),
        Value::Bytes(b) => !b.is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::Dict(d) => !d.borrow().is_empty(),
        Value::Range(r) => !r.is_empty(),
        _ => true,
    }
}

fn hash_int(i: i64) -> i64 {
    let h = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let h = if i < 0 { -h } else { h };
    if h == -1 { -2 } else { h }
}

fn hash_big(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let h = (b.abs() % &m).to_i64().expect("reduced modulo 2**61-1");
    let h = if b.is_negative() { -h } else { h };
    if h == -1 { -2 } else { h }
}

fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 {
        if f.abs() < 9.2e18 {
            return hash_int(f as i64);
        }
        return hash_big(&float_to_bigint(f));
    }
    // Non-integral floats never equal an int; any consistent hash of the bits works.
    let bits = f.to_bits();
    let h = ((bits ^ (bits >> 29)) % HASH_MODULUS as u64) as i64;
    if h == -1 { -2 } else { h }
}

/// `hash(v)`: CPython's values for numbers; `TypeError` for unhashable objects.
pub fn py_hash(v: &Value) -> R<i64> {
    Ok(match v {
        Value::None | Value::Null => 0x5f3759df,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_int(*i),
        Value::BigInt(b) => hash_big(b),
        Value::Float(f) => hash_float(*f),
        Value::Complex(r, i) => hash_float(*r).wrapping_add(hash_float(*i).wrapping_mul(1000003)),
        Value::Str(s) => (s.hash() >> 1) as i64,
        Value::Bytes(b) => {
            let mut h: u64 = 0xcbf29ce484222325;
            for x in b.iter() {
                h = (h ^ *x as u64).wrapping_mul(0x100000001b3);
            }
            (h >> 1) as i64
        }
        Value::Tuple(items) => {
            let mut acc: i64 = 0x27d4eb2d;
            for x in items.iter() {
                acc = acc.wrapping_mul(1000003) ^ py_hash(x)?;
            }
            acc
        }
        Value::Range(r) => {
            hash_int(r.start)
                ^ hash_int(r.stop).wrapping_mul(31)
                ^ hash_int(r.step).wrapping_mul(97)
        }
        Value::List(_) | Value::Dict(_) | Value::Slice(_) => {
            return Err(Exc::type_error(format!(
                "unhashable type: '{}'",
                v.type_name()
            )));
        }
        other => identity(other) as i64 >> 4,
    })
}

/// The address-like identity of a heap value (`id(x)`); immediates hash their bits.
pub fn identity(v: &Value) -> usize {
    match v {
        Value::Str(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::Bytes(b) => Rc::as_ptr(b) as *const u8 as usize,
        Value::List(l) => Rc::as_ptr(l) as *const u8 as usize,
        Value::Tuple(t) => Rc::as_ptr(t) as *const u8 as usize,
        Value::Dict(d) => Rc::as_ptr(d) as *const u8 as usize,
        Value::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Slice(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::Iter(i) => Rc::as_ptr(i) as *const u8 as usize,
        Value::Function(f) => Rc::as_ptr(f) as *const u8 as usize,
        Value::Builtin(b) => *b as *const _ as usize,
        Value::Method(m) => Rc::as_ptr(m) as *const u8 as usize,
        Value::Code(c) => Rc::as_ptr(c) as *const u8 as usize,
        Value::BigInt(b) => Rc::as_ptr(b) as *const u8 as usize,
        Value::Type(t) => 0x1000 + *t as usize * 0x40,
        Value::Null => 0,
        Value::None => 0x10,
        Value::Ellipsis => 0x20,
        Value::Bool(b) => 0x30 + *b as usize * 0x10,
        Value::Int(i) => 0x100000 + (*i as usize).wrapping_mul(32),
        Value::Float(f) => f.to_bits() as usize,
        Value::Complex(r, i) => r.to_bits() as usize ^ i.to_bits() as usize,
        Value::Cell(c) => Rc::as_ptr(c) as *const u8 as usize,
    }
}

/// `a is b`.
pub fn is_same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None)
        | (Value::Null, Value::Null)
        | (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        // Small ints are cached in CPython, so `is` holds for them.
        (Value::Int(x), Value::Int(y)) => x == y && (-5..=256).contains(x),
        // Floats are immediate here, so identity is approximated by the bits: a
        // NaN is then found in a list holding it (`nan in [nan]`), as in CPython.
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Complex(a, b), Value::Complex(c, d)) => {
            a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
        }
        (Value::Type(x), Value::Type(y)) => x == y,
        _ => std::mem::discriminant(a) == std::mem::discriminant(b) && identity(a) == identity(b),
    }
}

/// A number as a common numeric form, for mixed arithmetic and comparisons.
enum Num<'a> {
    Small(i64),
    Big(&'a BigInt),
    Float(f64),
}

fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Bool(b) => Some(Num::Small(*b as i64)),
        Value::Int(i) => Some(Num::Small(*i)),
        Value::BigInt(b) => Some(Num::Big(b)),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

fn float_to_bigint(f: f64) -> BigInt {
    num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default()
}

/// Compares two numbers exactly (an int and a float compare by value, as in CPython).
fn num_cmp(a: &Num<'_>, b: &Num<'_>) -> Option<std::cmp::Ordering> {
    use Num::*;
    match (a, b) {
        (Small(x), Small(y)) => Some(x.cmp(y)),
        (Float(x), Float(y)) => x.partial_cmp(y),
        (Big(x), Big(y)) => Some(x.cmp(y)),
        (Small(x), Big(y)) => Some(BigInt::from(*x).cmp(y)),
        (Big(x), Small(y)) => Some((*x).cmp(&BigInt::from(*y))),
        (Float(x), other) => num_cmp(other, &Float(*x)).map(|o| o.reverse()),
        (Small(x), Float(y)) => {
            if y.is_nan() {
                None
            } else if (*x as f64) != *y || y.abs() >= 9.2e18 {
                (*x as f64)
                    .partial_cmp(y)
                    .or(Some(std::cmp::Ordering::Equal))
                    .map(|o| {
                        if o == std::cmp::Ordering::Equal {
                            BigInt::from(*x).cmp(&float_to_bigint(*y))
                        } else {
                            o
                        }
                    })
            } else {
                // Equal as floats: compare exactly (large ints lose precision as floats).
                Some(
                    BigInt::from(*x)
                        .cmp(&float_to_bigint(*y))
                        .then_with(|| 0.0f64.partial_cmp(&y.fract()).expect("finite")),
                )
            }
        }
        (Big(x), Float(y)) => {
            if y.is_nan() {
                None
            } else if y.is_infinite() {
                Some(if *y > 0.0 {
                    std::cmp::Ordering::Less
                } else {
                    std::cmp::Ordering::Greater
                })
            } else {
                let yi = float_to_bigint(*y);
                Some(
                    (*x).cmp(&yi)
                        .then_with(|| 0.0f64.partial_cmp(&y.fract()).expect("finite")),
                )
            }
        }
    }
}

/// Equality of two hashable values (dict keys).
pub fn py_eq_hashable(a: &Value, b: &Value) -> bool {
    py_eq(a, b).unwrap_or(false)
}

/// `a == b`.
pub fn py_eq(a: &Value, b: &Value) -> R<bool> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(num_cmp(&x, &y) == Some(std::cmp::Ordering::Equal));
    }
    Ok(match (a, b) {
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Value::Bytes(x), Value::Bytes(y)) => x == y,
        (Value::Complex(r1, i1), Value::Complex(r2, i2)) => r1 == r2 && i1 == i2,
        (Value::Complex(r, i), other) | (other, Value::Complex(r, i)) => match as_num(other) {
            Some(n) => *i == 0.0 && num_cmp(&n, &Num::Float(*r)) == Some(std::cmp::Ordering::Equal),
            None => false,
        },
        (Value::List(x), Value::List(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            seq_eq(&x, &y)?
        }
        (Value::Tuple(x), Value::Tuple(y)) => seq_eq(x, y)?,
        (Value::Dict(x), Value::Dict(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            let (x, y) = (x.borrow(), y.borrow());
            if x.len() != y.len() {
                return Ok(false);
            }
            for (k, v) in x.iter() {
                match y.get(k) {
                    Some(w) => {
                        if !py_eq(v, w)? {
                            return Ok(false);
                        }
                    }
                    None => return Ok(false),
                }
            }
            true
        }
        (Value::Range(x), Value::Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
        }
        (Value::Slice(x), Value::Slice(y)) => seq_eq(&x[..], &y[..])?,
        _ => is_same(a, b),
    })
}

fn seq_eq(x: &[Value], y: &[Value]) -> R<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for (a, b) in x.iter().zip(y) {
        if !is_same(a, b) && !py_eq(a, b)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The rich comparison operators, numbered as `COMPARE_OP` numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    /// Decodes `COMPARE_OP`'s `arg >> 5`.
    pub fn from_index(i: u32) -> CmpOp {
        [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ][(i as usize).min(5)]
    }
    fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    fn holds(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => o == Less,
            CmpOp::Le => o != Greater,
            CmpOp::Eq => o == Equal,
            CmpOp::Ne => o != Equal,
            CmpOp::Gt => o == Greater,
            CmpOp::Ge => o != Less,
        }
    }
}

/// `a op b` for the rich comparisons.
pub fn compare(a: &Value, b: &Value, op: CmpOp) -> R<bool> {
    match op {
        CmpOp::Eq => return py_eq(a, b),
        CmpOp::Ne => return Ok(!py_eq(a, b)?),
        _ => {}
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(num_cmp(&x, &y).is_some_and(|o| op.holds(o)));
    }
    let ord = match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
        (Value::Bytes(x), Value::Bytes(y)) => x.cmp(y),
        (Value::List(x), Value::List(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            return seq_compare(&x, &y, op);
        }
        (Value::Tuple(x), Value::Tuple(y)) => return seq_compare(x, y, op),
        _ => {
            return Err(Exc::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            )));
        }
    };
    Ok(op.holds(ord))
}

fn seq_compare(x: &[Value], y: &[Value], op: CmpOp) -> R<bool> {
    for (a, b) in x.iter().zip(y) {
        if !is_same(a, b) && !py_eq(a, b)? {
            return compare(a, b, op);
        }
    }
    Ok(op.holds(x.len().cmp(&y.len())))
}

// ------------------------------------------------------------------ arithmetic

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

fn big(v: i64) -> BigInt {
    BigInt::from(v)
}

fn to_big(n: &Num<'_>) -> Option<BigInt> {
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

fn num_f64(n: &Num<'_>) -> R<f64> {
    match n {
        Num::Small(i) => Ok(*i as f64),
        Num::Big(b) => int_to_f64(b),
        Num::Float(f) => Ok(*f),
    }
}

fn unsupported(a: &Value, b: &Value, op: BinOp, inplace: bool) -> Exc {
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
        return num_binary(&x, &y, op);
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

fn num_binary(x: &Num<'_>, y: &Num<'_>, op: BinOp) -> R<Value> {
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
fn int_true_div(a: &BigInt, b: &BigInt) -> R<f64> {
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

fn float_binary(a: f64, b: f64, op: BinOp) -> R<Value> {
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

fn seq_count(n: &Value, seq: &Value) -> Option<R<usize>> {
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
        _ if matches!(
            n,
            Value::Float(_) | Value::Str(_) | Value::List(_) | Value::Tuple(_)
        ) =>
        {
            Some(Err(Exc::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                n.type_name()
            ))))
        }
        _ => {
            let _ = seq;
            None
        }
    }
}

fn seq_binary(a: &Value, b: &Value, op: BinOp) -> Option<R<Value>> {
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
        (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => Some(Ok(Value::Bytes(
            x.iter().chain(y.iter()).copied().collect(),
        ))),
        (BinOp::Add, Value::Str(_) | Value::List(_) | Value::Tuple(_), _) => {
            let t = a.type_name();
            Some(Err(Exc::type_error(format!(
                "can only concatenate {t} (not \"{}\") to {t}",
                b.type_name()
            ))))
        }
        (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), _) => {
            let n = match seq_count(b, a)? {
                Ok(n) => n,
                Err(e) => return Some(Err(e)),
            };
            Some(checked_multiply(a, n))
        }
        (BinOp::Mul, _, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)) => {
            let n = match seq_count(a, b)? {
                Ok(n) => n,
                Err(e) => return Some(Err(e)),
            };
            Some(checked_multiply(b, n))
        }
        (BinOp::Rem, Value::Str(fmt), _) => Some(super::builtins::percent_format(fmt.as_str(), b)),
        _ => None,
    }
}

fn checked_multiply(seq: &Value, n: usize) -> R<Value> {
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
const MAX_RESULT_ITEMS: usize = 1 << 32;

fn multiply_seq(seq: &Value, n: usize) -> Value {
    match seq {
        Value::Str(s) => Value::Str(Rc::new(PyStr::new(s.as_str().times(n)))),
        Value::Bytes(b) => Value::Bytes(b.times(n).into()),
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
        _ => Err(Exc::type_error(format!(
            "bad operand type for unary ~: '{}'",
            v.type_name()
        ))),
    }
}

// ------------------------------------------------------------------ repr and str

/// CPython's default limit on the digits of an int converted to or from text
/// (`sys.get_int_max_str_digits()`).
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The message of the `ValueError` for an int with too many digits.
pub const INT_DIGITS_MESSAGE: &str = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

/// `repr(v)` for values that need no VM (no user-defined `__repr__`), or the
/// `ValueError` CPython raises for an int with more than 4300 digits.
pub fn repr(v: &Value) -> R<String> {
    let mut out = String::new();
    let mut seen = Vec::new();
    let mut too_long = false;
    write_repr(v, &mut out, &mut seen, &mut too_long);
    if too_long {
        return Err(Exc::value_error(INT_DIGITS_MESSAGE));
    }
    Ok(out)
}

/// `str(v)` for values that need no VM.
pub fn to_str(v: &Value) -> R<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => repr(other),
    }
}

/// `repr(v)` where failure cannot happen or does not matter (debug output,
/// error messages): an over-long int is printed in full.
pub fn repr_plain(v: &Value) -> String {
    let mut out = String::new();
    write_repr(v, &mut out, &mut Vec::new(), &mut false);
    out
}

/// The decimal digits of a big int, or `None` (and `too_long` set) past the limit.
fn big_decimal(b: &BigInt, too_long: &mut bool) -> String {
    let s = b.to_string();
    // 2**14282 already has more than 4300 digits; below that no check is needed.
    if b.bits() >= 14_000 && s.trim_start_matches('-').len() > INT_MAX_STR_DIGITS {
        *too_long = true;
    }
    s
}

fn write_repr(v: &Value, out: &mut String, seen: &mut Vec<usize>, too_long: &mut bool) {
    match v {
        Value::Null => out.push_str("<NULL>"),
        Value::None => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) => out.push_str(itoa(*i).as_str()),
        Value::BigInt(b) => out.push_str(&big_decimal(b, too_long)),
        Value::Float(f) => out.push_str(&pyrepr::float_repr(*f)),
        Value::Complex(r, i) => out.push_str(&complex_repr(*r, *i)),
        Value::Str(s) => out.push_str(&pyrepr::str_repr(s.as_str())),
        Value::Bytes(b) => out.push_str(&pyrepr::bytes_repr(b)),
        Value::List(l) => {
            let id = identity(v);
            if seen.contains(&id) {
                out.push_str("[...]");
                return;
            }
            seen.push(id);
            out.push('[');
            for (i, x) in l.borrow().iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(x, out, seen, too_long);
            }
            out.push(']');
            seen.pop();
        }
        Value::Tuple(t) => {
            out.push('(');
            for (i, x) in t.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(x, out, seen, too_long);
            }
            if t.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::Dict(d) => {
            let id = identity(v);
            if seen.contains(&id) {
                out.push_str("{...}");
                return;
            }
            seen.push(id);
            out.push('{');
            for (i, (k, x)) in d.borrow().iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(k.value(), out, seen, too_long);
                out.push_str(": ");
                write_repr(x, out, seen, too_long);
            }
            out.push('}');
            seen.pop();
        }
        Value::Range(r) => {
            if r.step == 1 {
                out.push_str(&format!("range({}, {})", r.start, r.stop));
            } else {
                out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
            }
        }
        Value::Slice(s) => {
            out.push_str("slice(");
            for (i, x) in s.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(x, out, seen, too_long);
            }
            out.push(')');
        }
        Value::Iter(_) => {
            out.push_str(&format!("<{} object at {:#x}>", v.type_name(), identity(v)))
        }
        Value::Function(f) => out.push_str(&format!(
            "<function {} at {:#x}>",
            f.code.qualname.as_str(),
            identity(v)
        )),
        Value::Builtin(b) => out.push_str(&format!("<built-in function {}>", b.name)),
        Value::Method(m) => out.push_str(&format!(
            "<built-in method {} of {} object at {:#x}>",
            m.1.name,
            m.0.type_name(),
            identity(&m.0)
        )),
        Value::Type(t) => out.push_str(&format!("<class '{}'>", t.name())),
        Value::Code(c) => out.push_str(&format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.name.as_str(),
            identity(v),
            c.filename,
            c.firstlineno
        )),
        Value::Ellipsis => out.push_str("Ellipsis"),
        Value::Cell(_) => out.push_str(&format!("<cell at {:#x}>", identity(v))),
    }
}

fn itoa(i: i64) -> String {
    i.to_string()
}

/// `repr(complex(r, i))`.
pub fn complex_repr(r: f64, i: f64) -> String {
    if r == 0.0 && r.is_sign_positive() {
        return pyrepr::imag_repr(i);
    }
    let part = |x: f64| {
        let s = pyrepr::float_repr(x);
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    };
    let sign =
        if i < 0.0 || (i == 0.0 && i.is_sign_negative()) || i.is_nan() && i.is_sign_negative() {
            "-"
        } else {
            "+"
        };
    format!("({}{sign}{}j)", part(r), part(i.abs()))
}

// ------------------------------------------------------------------ containers

/// `len(v)`.
pub fn len(v: &Value) -> R<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.borrow().len(),
        Value::Range(r) => r.len() as usize,
        _ => {
            return Err(Exc::type_error(format!(
                "object of type '{}' has no len()",
                v.type_name()
            )));
        }
    })
}

/// Converts an index value to `i64` (`__index__` of built-ins).
pub fn index_value(v: &Value) -> Option<R<i64>> {
    match v {
        Value::Int(i) => Some(Ok(*i)),
        Value::Bool(b) => Some(Ok(*b as i64)),
        Value::BigInt(_) => Some(Err(Exc::new(
            ExcType::IndexError,
            "cannot fit 'int' into an index-sized integer",
        ))),
        _ => None,
    }
}

fn normalize(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

/// Resolves slice bounds against a length: (start, stop, step), CPython's `PySlice_AdjustIndices`.
pub fn slice_indices(s: &[Value; 3], len: usize) -> R<(i64, i64, i64)> {
    let get = |v: &Value| -> R<Option<i64>> {
        match v {
            Value::None => Ok(None),
            other => match index_value(other) {
                Some(r) => r.map(Some),
                None => Err(Exc::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    };
    let step = get(&s[2])?.unwrap_or(1);
    if step == 0 {
        return Err(Exc::value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < 0 {
                        x = if step < 0 { -1 } else { 0 };
                    }
                } else if x >= len {
                    x = if step < 0 { len - 1 } else { len };
                }
                x
            }
        }
    };
    let start = adjust(get(&s[0])?, if step < 0 { len - 1 } else { 0 });
    let stop = adjust(get(&s[1])?, if step < 0 { -1 } else { len });
    Ok((start, stop, step))
}

fn slice_positions(s: &[Value; 3], len: usize) -> R<Vec<usize>> {
    let (start, stop, step) = slice_indices(s, len)?;
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        let Some(next) = i.checked_add(step) else {
            break;
        };
        i = next;
    }
    Ok(out)
}

/// `container[key]`.
pub fn getitem(container: &Value, key: &Value) -> R<Value> {
    let seq_index = |len: usize, what: &str| -> R<Option<usize>> {
        match index_value(key) {
            Some(i) => {
                let i = i?;
                normalize(i, len).map(Some).ok_or_else(|| {
                    Exc::new(ExcType::IndexError, format!("{what} index out of range"))
                })
            }
            None => Ok(None),
        }
    };
    match container {
        Value::List(l) => {
            let l = l.borrow();
            if let Some(i) = seq_index(l.len(), "list")? {
                return Ok(l[i].clone());
            }
            if let Value::Slice(s) = key {
                return Ok(Value::list(
                    slice_positions(s, l.len())?
                        .into_iter()
                        .map(|i| l[i].clone())
                        .collect(),
                ));
            }
            Err(Exc::type_error(format!(
                "list indices must be integers or slices, not {}",
                key.type_name()
            )))
        }
        Value::Tuple(t) => {
            if let Some(i) = seq_index(t.len(), "tuple")? {
                return Ok(t[i].clone());
            }
            if let Value::Slice(s) = key {
                return Ok(Value::tuple(
                    slice_positions(s, t.len())?
                        .into_iter()
                        .map(|i| t[i].clone())
                        .collect(),
                ));
            }
            Err(Exc::type_error(format!(
                "tuple indices must be integers or slices, not {}",
                key.type_name()
            )))
        }
        Value::Str(s) => {
            if let Some(i) = seq_index(s.char_len(), "string")? {
                let c = if s.is_ascii() {
                    &s.as_str()[i..i + 1]
                } else {
                    let (b, ch) = s.as_str().char_indices().nth(i).expect("in range");
                    &s.as_str()[b..b + ch.len_utf8()]
                };
                return Ok(Value::Str(super::intern(c)));
            }
            if let Value::Slice(sl) = key {
                let chars: Vec<char> = s.as_str().chars().collect();
                let out: String = slice_positions(sl, chars.len())?
                    .into_iter()
                    .map(|i| chars[i])
                    .collect();
                return Ok(Value::Str(Rc::new(PyStr::new(out))));
            }
            Err(Exc::type_error(format!(
                "string indices must be integers, not '{}'",
                key.type_name()
            )))
        }
        Value::Bytes(b) => {
            if let Some(i) = seq_index(b.len(), "index")? {
                return Ok(Value::Int(b[i] as i64));
            }
            if let Value::Slice(sl) = key {
                return Ok(Value::Bytes(
                    slice_positions(sl, b.len())?
                        .into_iter()
                        .map(|i| b[i])
                        .collect(),
                ));
            }
            Err(Exc::type_error(format!(
                "byte indices must be integers or slices, not {}",
                key.type_name()
            )))
        }
        Value::Range(r) => {
            if let Some(i) = seq_index(r.len() as usize, "range object")? {
                return Ok(Value::Int(r.start + r.step * i as i64));
            }
            Err(Exc::type_error(format!(
                "range indices must be integers or slices, not {}",
                key.type_name()
            )))
        }
        Value::Dict(d) => {
            let k = HashKey::new(key.clone())?;
            d.borrow()
                .get(&k)
                .cloned()
                .ok_or_else(|| Exc::new(ExcType::KeyError, repr_plain(key)))
        }
        Value::Type(_) => Ok(container.clone()),
        _ => Err(Exc::type_error(format!(
            "'{}' object is not subscriptable",
            container.type_name()
        ))),
    }
}

/// `container[key] = value`.
pub fn setitem(container: &Value, key: &Value, value: Value) -> R<()> {
    match container {
        Value::List(l) => {
            let mut l = l.borrow_mut();
            match index_value(key) {
                Some(i) => {
                    let i = normalize(i?, l.len()).ok_or_else(|| {
                        Exc::new(ExcType::IndexError, "list assignment index out of range")
                    })?;
                    l[i] = value;
                    Ok(())
                }
                None => {
                    if let Value::Slice(s) = key {
                        let items = iterate_plain(&value)?;
                        let (start, stop, step) = slice_indices(s, l.len())?;
                        if step == 1 {
                            let stop = stop.max(start);
                            l.splice(start as usize..stop as usize, items);
                            return Ok(());
                        }
                        let pos = slice_positions(s, l.len())?;
                        if pos.len() != items.len() {
                            return Err(Exc::value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                items.len(),
                                pos.len()
                            )));
                        }
                        for (i, v) in pos.into_iter().zip(items) {
                            l[i] = v;
                        }
                        return Ok(());
                    }
                    Err(Exc::type_error(format!(
                        "list indices must be integers or slices, not {}",
                        key.type_name()
                    )))
                }
            }
        }
        Value::Dict(d) => {
            let k = HashKey::new(key.clone())?;
            d.borrow_mut().insert(k, value);
            Ok(())
        }
        _ => Err(Exc::type_error(format!(
            "'{}' object does not support item assignment",
            container.type_name()
        ))),
    }
}

/// `item in container`.
pub fn contains(container: &Value, item: &Value) -> R<bool> {
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
            _ => Err(Exc::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                item.type_name()
            ))),
        },
        Value::List(l) => {
            let items = l.borrow().clone();
            for x in items.iter() {
                if is_same(x, item) || py_eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for x in t.iter() {
                if is_same(x, item) || py_eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Dict(d) => Ok(d.borrow().contains_key(&HashKey::new(item.clone())?)),
        Value::Range(r) => Ok(match item {
            Value::Int(i) => {
                let i = *i;
                let in_bounds = if r.step > 0 {
                    r.start <= i && i < r.stop
                } else {
                    r.stop < i && i <= r.start
                };
                in_bounds && (i - r.start) % r.step == 0
            }
            other => iterate_plain(container)?
                .iter()
                .any(|x| py_eq_hashable(x, other)),
        }),
        Value::Bytes(b) => match item {
            Value::Int(i) => Ok(b.contains(&(*i as u8))),
            Value::Bytes(sub) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..])),
            _ => Err(Exc::type_error("a bytes-like object is required")),
        },
        _ => Err(Exc::type_error(format!(
            "argument of type '{}' is not iterable",
            container.type_name()
        ))),
    }
}

/// `iter(v)` for built-in iterables.
pub fn get_iter(v: &Value) -> R<Value> {
    let it = match v {
        Value::List(l) => Iter::List(l.clone(), 0),
        Value::Tuple(t) => Iter::Tuple(t.clone(), 0),
        Value::Str(s) => Iter::Str(s.clone(), 0),
        Value::Bytes(b) => Iter::Bytes(b.clone(), 0),
        Value::Range(r) => Iter::Range(r.start, r.step, r.len()),
        Value::Dict(d) => Iter::Values(d.borrow().keys().map(|k| k.value().clone()).collect(), 0),
        Value::Iter(_) => return Ok(v.clone()),
        _ => {
            return Err(Exc::type_error(format!(
                "'{}' object is not iterable",
                v.type_name()
            )));
        }
    };
    Ok(Value::Iter(Rc::new(RefCell::new(it))))
}

/// `next(it)`; `None` when exhausted.
pub fn iter_next(it: &RefCell<Iter>) -> Option<Value> {
    let mut it = it.borrow_mut();
    match &mut *it {
        Iter::List(l, i) => {
            let v = l.borrow().get(*i).cloned();
            *i += 1;
            v
        }
        Iter::Tuple(t, i) | Iter::Values(t, i) => {
            let v = t.get(*i).cloned();
            *i += 1;
            v
        }
        Iter::Str(s, i) => {
            let c = s.as_str()[*i..].chars().next()?;
            let start = *i;
            *i += c.len_utf8();
            Some(Value::Str(super::intern(&s.as_str()[start..*i])))
        }
        Iter::Bytes(b, i) => {
            let v = b.get(*i).map(|x| Value::Int(*x as i64));
            *i += 1;
            v
        }
        Iter::Range(next, step, left) => {
            if *left <= 0 {
                return None;
            }
            let v = *next;
            *next = next.wrapping_add(*step);
            *left -= 1;
            Some(Value::Int(v))
        }
    }
}

/// Collects the items of a built-in iterable.
pub fn iterate_plain(v: &Value) -> R<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.borrow().clone()),
        Value::Tuple(t) => Ok(t.to_vec()),
        _ => {
            let it = get_iter(v)?;
            let Value::Iter(it) = it else {
                unreachable!("get_iter returns an iterator")
            };
            let mut out = Vec::new();
            while let Some(x) = iter_next(&it) {
                out.push(x);
            }
            Ok(out)
        }
    }
}

/// A new `range`.
pub fn make_range(start: i64, stop: i64, step: i64) -> R<Value> {
    if step == 0 {
        return Err(Exc::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(Range { start, stop, step })))
}

/// A dict value from key/value pairs.
pub fn make_dict(pairs: Vec<(Value, Value)>) -> R<Value> {
    let mut d = Dict::with_capacity_and_hasher(pairs.len(), Default::default());
    for (k, v) in pairs {
        d.insert(HashKey::new(k)?, v);
    }
    Ok(Value::Dict(Rc::new(RefCell::new(d))))
}

/// `isinstance(v, t)` for a built-in type.
pub fn is_instance(v: &Value, t: TypeKind) -> bool {
    v.type_kind().is_subtype(t)
}
