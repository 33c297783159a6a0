//! Operations on values with CPython's semantics and messages: truth, hashing,
//! equality and ordering, arithmetic, `repr`/`str`, indexing, iteration.

mod arith;
mod containers;
mod dunder;
mod repr;

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::{Dict, Exc, ExcType, HashKey, Iter, PySet, PyStr, Range, TypeKind, Value};

pub use arith::*;
pub use containers::*;
pub use dunder::*;
pub use repr::*;

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
        Value::ByteArray(b) => !b.borrow().is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::Dict(d) => !d.borrow().is_empty(),
        Value::Set(s) => !s.borrow().is_empty(),
        Value::FrozenSet(s) => !s.is_empty(),
        Value::Range(r) => !r.is_empty(),
        _ => true,
    }
}

fn hash_int(i: i64) -> i64 {
    let h = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let h = if i < 0 { -h } else { h };
    if h == -1 { -2 } else { h }
}

pub(super) fn hash_big(b: &BigInt) -> i64 {
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
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_int(f as i64);
    }
    // The value modulo 2**61 - 1, as for ints and fractions (CPython's
    // `_Py_HashDouble`): the mantissa 28 bits at a time, then the exponent as
    // a rotation (2**61 is 1 modulo the modulus).
    const BITS: i32 = 61;
    let modulus = HASH_MODULUS as u64;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & modulus) | x >> (BITS - 28);
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & modulus) | x >> (BITS - e);
    let h = if f < 0.0 { x.wrapping_neg() } else { x } as i64;
    if h == -1 { -2 } else { h }
}

/// `m * 2**e == f` with `0.5 <= m < 1` (C's `frexp`), for finite nonzero `f`.
fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `hash(v)`: CPython's values for numbers; `TypeError` for unhashable objects.
pub fn py_hash(v: &Value) -> R<i64> {
    Ok(match v {
        Value::None | Value::Null => super::hash::NONE_HASH,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_int(*i),
        Value::BigInt(b) => hash_big(b),
        Value::Float(f) => hash_float(*f),
        Value::Complex(r, i) => hash_float(*r).wrapping_add(hash_float(*i).wrapping_mul(1000003)),
        Value::Str(s) => s.hash(),
        Value::Bytes(b) => super::hash::bytes_hash(b),
        Value::Tuple(items) => super::hash::combine(items.iter().map(py_hash), Some(items.len()))?,
        // As the tuple (len, start, step), with None for what does not matter.
        Value::Range(r) => {
            let n = r.len();
            let none = super::hash::NONE_HASH;
            let (start, step) = match n {
                0 => (none, none),
                1 => (hash_int(r.start), none),
                _ => (hash_int(r.start), hash_int(r.step)),
            };
            super::hash::combine([hash_int(n), start, step].map(Ok::<i64, Exc>), Some(3))?
        }
        Value::Instance(_) => return dunder::instance_hash(v),
        Value::FrozenSet(s) => s.frozen_hash(),
        // Slices hash their bounds as a tuple's items (CPython 3.12+).
        Value::Slice(s) => super::hash::combine(s.iter().map(py_hash), None)?,
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_) => {
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
        Value::ByteArray(b) => Rc::as_ptr(b) as *const u8 as usize,
        Value::List(l) => Rc::as_ptr(l) as *const u8 as usize,
        Value::Tuple(t) => Rc::as_ptr(t) as *const u8 as usize,
        Value::Dict(d) => Rc::as_ptr(d) as *const u8 as usize,
        Value::Set(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::FrozenSet(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Slice(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::Iter(i) => Rc::as_ptr(i) as *const u8 as usize,
        Value::Function(f) => Rc::as_ptr(f) as *const u8 as usize,
        Value::Builtin(b) => *b as *const _ as usize,
        Value::Method(m) => Rc::as_ptr(m) as *const u8 as usize,
        Value::Code(c) => Rc::as_ptr(c) as *const u8 as usize,
        Value::Traceback(t) => Rc::as_ptr(t) as *const u8 as usize,
        Value::BigInt(b) => Rc::as_ptr(b) as *const u8 as usize,
        Value::Type(t) => t.name().as_ptr() as usize,
        Value::Null => 0,
        Value::None => 0x10,
        Value::Ellipsis => 0x20,
        Value::Bool(b) => 0x30 + *b as usize * 0x10,
        Value::Int(i) => 0x100000 + (*i as usize).wrapping_mul(32),
        Value::Float(f) => f.to_bits() as usize,
        Value::Complex(r, i) => r.to_bits() as usize ^ i.to_bits() as usize,
        Value::Cell(c) => Rc::as_ptr(c) as *const u8 as usize,
        Value::NotImplemented => 0x40,
        Value::Class(c) => Rc::as_ptr(c) as *const u8 as usize,
        Value::Instance(i) => Rc::as_ptr(i) as *const u8 as usize,
        Value::BoundMethod(m) => Rc::as_ptr(m) as *const u8 as usize,
        Value::Descr(d) => Rc::as_ptr(d) as *const u8 as usize,
        Value::Generator(g) => Rc::as_ptr(g) as *const u8 as usize,
        Value::Module(m) => Rc::as_ptr(m) as *const u8 as usize,
        Value::DictView(d) => Rc::as_ptr(d) as *const u8 as usize,
    }
}

/// The elements of a `set` or `frozenset` (a snapshot), else `None`.
pub fn set_of(v: &Value) -> Option<PySet> {
    set_like(v).ok().flatten()
}

/// [`set_of`], also taking keys and items views (set-like): an items view
/// holding an unhashable value fails as the set it makes would.
pub fn set_like(v: &Value) -> R<Option<PySet>> {
    Ok(match v {
        Value::Set(s) => Some(s.borrow().clone()),
        Value::FrozenSet(s) => Some((**s).clone()),
        Value::DictView(d) if matches!(d.kind, super::ViewKind::Keys | super::ViewKind::Items) => {
            Some(PySet::from_values(d.items())?)
        }
        _ => None,
    })
}

/// `a is b`.
pub fn is_same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None)
        | (Value::Null, Value::Null)
        | (Value::NotImplemented, Value::NotImplemented)
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

thread_local! {
    /// How deep the native recursion of comparisons and reprs of nested
    /// containers is (CPython's C recursion counter).
    static NATIVE_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// CPython 3.13's limit on C recursion (`Py_C_RECURSION_LIMIT`).
const NATIVE_LIMIT: u32 = 10_000;

/// One level of native recursion; dropping it leaves the level.
pub struct NativeDepth(());

impl Drop for NativeDepth {
    fn drop(&mut self) {
        NATIVE_DEPTH.with(|d| d.set(d.get() - 1));
    }
}

/// Enters one level of native recursion, or raises `RecursionError`
/// ("maximum recursion depth exceeded" followed by `what`) past the limit,
/// so that nested containers never overflow the Rust stack.
pub fn enter_native(what: &str) -> R<NativeDepth> {
    NATIVE_DEPTH.with(|d| {
        if d.get() >= NATIVE_LIMIT {
            return Err(Exc::new(
                ExcType::RecursionError,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        d.set(d.get() + 1);
        Ok(NativeDepth(()))
    })
}

/// Equality of two hashable values (dict keys).
pub fn py_eq_hashable(a: &Value, b: &Value) -> bool {
    py_eq(a, b).unwrap_or(false)
}

/// `a == b`.
pub fn py_eq(a: &Value, b: &Value) -> R<bool> {
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        return is_true(&rich_compare(a, b, CmpOp::Eq)?);
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(num_cmp(&x, &y) == Some(std::cmp::Ordering::Equal));
    }
    Ok(match (a, b) {
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
            a.byte_data() == b.byte_data()
        }
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
            let _depth = enter_native(" in comparison")?;
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
        (
            Value::Set(_) | Value::FrozenSet(_) | Value::DictView(_),
            Value::Set(_) | Value::FrozenSet(_) | Value::DictView(_),
        ) => match (set_of(a), set_of(b)) {
            (Some(x), Some(y)) => x.len() == y.len() && x.is_subset(&y)?,
            _ => is_same(a, b),
        },
        _ => is_same(a, b),
    })
}

fn seq_eq(x: &[Value], y: &[Value]) -> R<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    let _depth = enter_native(" in comparison")?;
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
    /// The operator as written.
    pub fn symbol(self) -> &'static str {
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

/// `a op b` as the value the comparison gives: what a user's comparison
/// method returned (any object), else a bool.
pub fn compare_value(a: &Value, b: &Value, op: CmpOp) -> R<Value> {
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        return rich_compare(a, b, op);
    }
    compare(a, b, op).map(Value::Bool)
}

/// `a op b` for the rich comparisons, as a truth value.
pub fn compare(a: &Value, b: &Value, op: CmpOp) -> R<bool> {
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        return is_true(&rich_compare(a, b, op)?);
    }
    match op {
        CmpOp::Eq => return py_eq(a, b),
        CmpOp::Ne => return Ok(!py_eq(a, b)?),
        _ => {}
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(num_cmp(&x, &y).is_some_and(|o| op.holds(o)));
    }
    if let (Some(x), Some(y)) = (set_of(a), set_of(b)) {
        return Ok(match op {
            CmpOp::Le => x.is_subset(&y)?,
            CmpOp::Lt => x.len() < y.len() && x.is_subset(&y)?,
            CmpOp::Ge => y.is_subset(&x)?,
            _ => y.len() < x.len() && y.is_subset(&x)?,
        });
    }
    let ord = match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
        (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
            a.byte_data().cmp(&b.byte_data())
        }
        (Value::List(x), Value::List(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            return seq_compare(&x, &y, op);
        }
        (Value::Tuple(x), Value::Tuple(y)) => return seq_compare(x, y, op),
        // Slices order as the tuples (start, stop, step).
        (Value::Slice(x), Value::Slice(y)) => return seq_compare(&x[..], &y[..], op),
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
    let _depth = enter_native(" in comparison")?;
    for (a, b) in x.iter().zip(y) {
        if !is_same(a, b) && !py_eq(a, b)? {
            return compare(a, b, op);
        }
    }
    Ok(op.holds(x.len().cmp(&y.len())))
}
