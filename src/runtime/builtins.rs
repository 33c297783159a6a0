//! Built-in functions, the constructors of built-in types and the methods of
//! built-in objects (CPython's `Python/bltinmodule.c` and the method tables of
//! `Objects/`).

use crate::text::Times;
use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};

use super::*;
use crate::pyrepr;
use crate::vm::Vm;

type R<T> = Result<T, Exc>;

/// Keyword arguments as passed to built-ins.
pub type Kwargs<'a> = &'a [(Rc<PyStr>, Value)];

/// A built-in function or method; methods receive their object as `args[0]`.
pub struct Builtin {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: fn(&mut Vm, &[Value], Kwargs<'_>) -> R<Value>,
}

impl std::fmt::Debug for Builtin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<built-in function {}>", self.name)
    }
}

macro_rules! builtins {
    ($table:ident: $( $name:literal => $func:ident ),* $(,)?) => {
        /// The table of these built-ins, by name.
        pub static $table: &[Builtin] = &[ $( Builtin { name: $name, func: $func }, )* ];
    };
}

builtins! { FUNCTIONS:
    "print" => b_print,
    "len" => b_len,
    "repr" => b_repr,
    "format" => b_format,
    "ascii" => b_ascii,
    "abs" => b_abs,
    "min" => b_min,
    "max" => b_max,
    "sum" => b_sum,
    "isinstance" => b_isinstance,
    "iter" => b_iter,
    "next" => b_next,
    "hash" => b_hash,
    "id" => b_id,
    "ord" => b_ord,
    "chr" => b_chr,
    "round" => b_round,
    "divmod" => b_divmod,
    "pow" => b_pow,
    "any" => b_any,
    "all" => b_all,
    "sorted" => b_sorted,
    "reversed" => b_reversed,
    "hex" => b_hex,
    "oct" => b_oct,
    "bin" => b_bin,
    "callable" => b_callable,
}

/// The names every module sees: built-in functions, types and exceptions.
pub fn builtin_namespace() -> Vec<(&'static str, Value)> {
    let mut out: Vec<(&'static str, Value)> = FUNCTIONS
        .iter()
        .map(|b| (b.name, Value::Builtin(b)))
        .collect();
    for t in [
        TypeKind::Object,
        TypeKind::Bool,
        TypeKind::Int,
        TypeKind::Float,
        TypeKind::Complex,
        TypeKind::Str,
        TypeKind::Bytes,
        TypeKind::List,
        TypeKind::Tuple,
        TypeKind::Dict,
        TypeKind::Range,
        TypeKind::Slice,
        TypeKind::Type,
    ] {
        out.push((t.name(), Value::Type(t)));
    }
    out
}

fn arity(name: &str, args: &[Value], min: usize, max: usize) -> R<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            if min == 1 {
                format!("{name}() takes exactly one argument ({} given)", args.len())
            } else {
                format!("{name} expected {min} arguments, got {}", args.len())
            }
        } else if args.len() < min {
            format!(
                "{name} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else {
            format!(
                "{name} expected at most {max} arguments, got {}",
                args.len()
            )
        };
        return Err(Exc::type_error(msg));
    }
    Ok(())
}

fn no_kwargs(name: &str, kwargs: Kwargs<'_>) -> R<()> {
    if let Some((k, _)) = kwargs.first() {
        return Err(Exc::type_error(format!(
            "{name}() takes no keyword arguments (got '{}')",
            k.as_str()
        )));
    }
    Ok(())
}

fn b_print(vm: &mut Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut to_stderr = false;
    for (k, v) in kwargs {
        let target = match k.as_str() {
            "sep" => &mut sep,
            "end" => &mut end,
            "file" => {
                to_stderr = matches!(v, Value::Str(s) if s.as_str() == "<stderr>");
                continue;
            }
            "flush" => continue,
            other => {
                return Err(Exc::type_error(format!(
                    "print() got an unexpected keyword argument '{other}'"
                )));
            }
        };
        match v {
            Value::None => {}
            Value::Str(s) => *target = s.as_str().to_string(),
            other => {
                return Err(Exc::type_error(format!(
                    "{} must be None or a string, not {}",
                    k.as_str(),
                    other.type_name()
                )));
            }
        }
    }
    let mut line = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            line.push_str(&sep);
        }
        line.push_str(&vm.to_str(a)?);
    }
    line.push_str(&end);
    if to_stderr {
        vm.write_stderr(&line);
    } else {
        vm.write_stdout(&line);
    }
    Ok(Value::None)
}

fn b_len(_: &mut Vm, args: &[Value], kw: Kwargs<'_>) -> R<Value> {
    no_kwargs("len", kw)?;
    arity("len", args, 1, 1)?;
    Ok(Value::Int(len(&args[0])? as i64))
}

fn b_repr(vm: &mut Vm, args: &[Value], kw: Kwargs<'_>) -> R<Value> {
    no_kwargs("repr", kw)?;
    arity("repr", args, 1, 1)?;
    Ok(Value::str(&vm.repr(&args[0])?))
}

fn b_format(vm: &mut Vm, args: &[Value], kw: Kwargs<'_>) -> R<Value> {
    no_kwargs("format", kw)?;
    arity("format", args, 1, 2)?;
    let spec = match args.get(1) {
        None => "",
        Some(Value::Str(s)) => s.as_str(),
        Some(o) => {
            return Err(Exc::type_error(format!(
                "format() argument 2 must be str, not {}",
                o.type_name()
            )));
        }
    };
    Ok(Value::str(&vm.format(&args[0], spec)?))
}

fn b_ascii(vm: &mut Vm, args: &[Value], kw: Kwargs<'_>) -> R<Value> {
    no_kwargs("ascii", kw)?;
    arity("ascii", args, 1, 1)?;
    Ok(Value::str(&pyrepr::ascii_escape(&vm.repr(&args[0])?)))
}

fn b_abs(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("abs", args, 1, 1)?;
    match &args[0] {
        Value::Int(i) => Ok(i.checked_abs().map_or_else(
            || Value::int(BigInt::from(*i).magnitude().clone().into()),
            Value::Int,
        )),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::int(b.magnitude().clone().into())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Complex(r, i) => Ok(Value::Float(r.hypot(*i))),
        other => Err(Exc::type_error(format!(
            "bad operand type for abs(): '{}'",
            other.type_name()
        ))),
    }
}

fn min_max(vm: &mut Vm, name: &str, args: &[Value], kwargs: Kwargs<'_>, want: CmpOp) -> R<Value> {
    let mut key = None;
    let mut default = None;
    for (k, v) in kwargs {
        match k.as_str() {
            "key" if !matches!(v, Value::None) => key = Some(v.clone()),
            "key" => {}
            "default" => default = Some(v.clone()),
            other => {
                return Err(Exc::type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let items = match args.len() {
        0 => {
            return Err(Exc::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )));
        }
        1 => vm.iterate(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(Exc::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![item.clone()], vec![])?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                if compare(&k, &bk, want)? {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => {
            default.ok_or_else(|| Exc::value_error(format!("{name}() iterable argument is empty")))
        }
    }
}

fn b_min(vm: &mut Vm, args: &[Value], kw: Kwargs<'_>) -> R<Value> {
    min_max(vm, "min", args, kw, CmpOp::Lt)
}

fn b_max(vm: &mut Vm, args: &[Value], kw: Kwargs<'_>) -> R<Value> {
    min_max(vm, "max", args, kw, CmpOp::Gt)
}

fn b_sum(vm: &mut Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    arity("sum", args, 1, 2)?;
    let mut acc = args.get(1).cloned().unwrap_or(Value::Int(0));
    for (k, v) in kwargs {
        if k.as_str() == "start" {
            acc = v.clone();
        } else {
            return Err(Exc::type_error(format!(
                "sum() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    match &acc {
        Value::Str(_) => {
            return Err(Exc::type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ));
        }
        Value::Bytes(_) => {
            return Err(Exc::type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ));
        }
        _ => {}
    }
    // Float runs are added with Neumaier's compensated summation, as CPython 3.12+
    // does: `sum([0.1] * 10) == 1.0`.
    let mut float_run: Option<(f64, f64)> = None;
    for item in vm.iterate(&args[0])? {
        if let Some((f, c)) = &mut float_run {
            let x = match item {
                Value::Float(x) => Some(x),
                Value::Int(i) => Some(i as f64),
                _ => None,
            };
            if let Some(x) = x {
                let t = *f + x;
                if matches!(item, Value::Float(_)) {
                    *c += if f.abs() >= x.abs() {
                        (*f - t) + x
                    } else {
                        (x - t) + *f
                    };
                }
                *f = t;
                continue;
            }
            acc = Value::Float(finish_float_sum(*f, *c));
            float_run = None;
        }
        acc = binary_op(&acc, &item, BinOp::Add, false)?;
        if let Value::Float(f) = acc {
            float_run = Some((f, 0.0));
        }
    }
    Ok(match float_run {
        Some((f, c)) => Value::Float(finish_float_sum(f, c)),
        None => acc,
    })
}

/// Adds the compensation, unless it would turn an infinite sum into a NaN.
fn finish_float_sum(f: f64, c: f64) -> f64 {
    if c != 0.0 && c.is_finite() { f + c } else { f }
}

fn type_arg(v: &Value) -> R<Vec<TypeKind>> {
    match v {
        Value::Type(t) => Ok(vec![*t]),
        Value::Tuple(ts) => ts
            .iter()
            .map(type_arg)
            .collect::<R<Vec<_>>>()
            .map(|v| v.concat()),
        other => Err(Exc::type_error(format!(
            "isinstance() arg 2 must be a type, a tuple of types, or a union, not {}",
            other.type_name()
        ))),
    }
}

fn b_isinstance(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("isinstance", args, 2, 2)?;
    let types = type_arg(&args[1])?;
    Ok(Value::Bool(types.iter().any(|t| is_instance(&args[0], *t))))
}

fn b_iter(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("iter", args, 1, 1)?;
    get_iter(&args[0])
}

fn b_next(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("next", args, 1, 2)?;
    match &args[0] {
        Value::Iter(it) => match iter_next(it) {
            Some(v) => Ok(v),
            None => args
                .get(1)
                .cloned()
                .ok_or_else(|| Exc::new(ExcType::StopIteration, "")),
        },
        other => Err(Exc::type_error(format!(
            "'{}' object is not an iterator",
            other.type_name()
        ))),
    }
}

fn b_hash(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("hash", args, 1, 1)?;
    Ok(Value::Int(py_hash(&args[0])?))
}

fn b_id(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("id", args, 1, 1)?;
    Ok(Value::Int(identity(&args[0]) as i64))
}

fn b_ord(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) if s.char_len() == 1 => Ok(Value::Int(
            s.as_str().chars().next().expect("one char") as i64,
        )),
        Value::Str(s) => Err(Exc::type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        ))),
        other => Err(Exc::type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

fn b_chr(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("chr", args, 1, 1)?;
    match &args[0] {
        Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
            Some(c) => Ok(Value::str(c.encode_utf8(&mut [0; 4]))),
            None => Err(Exc::value_error("chr() arg not in range(0x110000)")),
        },
        other => Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// Rounds half to even, as Python's `round`.
fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

fn b_round(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("round", args, 1, 2)?;
    let nd = match args.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Int(n)) => Some(*n),
        Some(other) => {
            return Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    match (&args[0], nd) {
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), None) => positive(&args[0]),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Some(n)) => {
            if n >= 0 {
                return positive(&args[0]);
            }
            // Exact integer rounding, half to even, at 10**-n.
            let x = as_bigint(&args[0]).expect("an int");
            let digits = x.magnitude().to_string().len() as i64;
            if -n > digits {
                return Ok(Value::Int(0));
            }
            let p = num_traits::pow::Pow::pow(BigInt::from(10), (-n) as u32);
            let (q, r) = num_integer::Integer::div_mod_floor(&x, &p);
            let twice = r * 2;
            let up = twice > p || (twice == p && num_integer::Integer::is_odd(&q));
            let q = if up { q + 1 } else { q };
            Ok(Value::int(q * p))
        }
        (Value::Float(f), None) => {
            if !f.is_finite() {
                let what = if f.is_nan() {
                    "ValueError"
                } else {
                    "OverflowError"
                };
                return Err(if f.is_nan() {
                    Exc::value_error("cannot convert float NaN to integer")
                } else {
                    let _ = what;
                    Exc::new(
                        ExcType::OverflowError,
                        "cannot convert float infinity to integer",
                    )
                });
            }
            let r = round_half_even(*f);
            Ok(num_traits::FromPrimitive::from_f64(r)
                .map(Value::int)
                .unwrap_or(Value::Float(r)))
        }
        (Value::Float(f), Some(n)) => {
            // Round through the decimal representation, as CPython does.
            if !f.is_finite() {
                return Ok(Value::Float(*f));
            }
            if n > 300 {
                return Ok(Value::Float(*f));
            }
            if n >= 0 {
                let s = format!("{:.*}", n as usize, f);
                let exact = format!("{:.*}", n as usize + 25, f);
                let tie = exact[s.len()..].starts_with('5')
                    && exact[s.len() + 1..].bytes().all(|b| b == b'0');
                let mut v: f64 = s.parse().unwrap_or(*f);
                if tie {
                    let last = s.bytes().rev().find(|b| b.is_ascii_digit()).unwrap_or(b'0');
                    if (last - b'0') % 2 == 1 {
                        let unit = 10f64.powi(-(n as i32));
                        v -= unit.copysign(*f);
                        v = format!("{:.*}", n as usize, v).parse().unwrap_or(v);
                    }
                }
                Ok(Value::Float(v))
            } else {
                let p = 10f64.powi((-n) as i32);
                Ok(Value::Float(round_half_even(f / p) * p))
            }
        }
        (other, _) => Err(Exc::type_error(format!(
            "type {} doesn't define __round__ method",
            other.type_name()
        ))),
    }
}

fn b_divmod(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("divmod", args, 2, 2)?;
    let q = binary_op(&args[0], &args[1], BinOp::FloorDiv, false).map_err(|e| {
        if e.ty() == ExcType::TypeError {
            Exc::type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                args[0].type_name(),
                args[1].type_name()
            ))
        } else {
            e
        }
    })?;
    let r = binary_op(&args[0], &args[1], BinOp::Rem, false)?;
    Ok(Value::tuple(vec![q, r]))
}

fn b_pow(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("pow", args, 2, 3)?;
    if let Some(m) = args.get(2) {
        let (Some(b), Some(e), Some(m)) = (as_bigint(&args[0]), as_bigint(&args[1]), as_bigint(m))
        else {
            return Err(Exc::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        };
        if m == BigInt::from(0) {
            return Err(Exc::value_error("pow() 3rd argument cannot be 0"));
        }
        let (b, e) = if e < BigInt::from(0) {
            // A negative exponent means the modular inverse, raised to -e.
            let inverse = mod_inverse(&b, &m)
                .ok_or_else(|| Exc::value_error("base is not invertible for the given modulus"))?;
            (inverse, -e)
        } else {
            (b, e)
        };
        let r = b.modpow(&e, &m);
        let r = if r != BigInt::from(0) && (r < BigInt::from(0)) != (m < BigInt::from(0)) {
            r + m
        } else {
            r
        };
        return Ok(Value::int(r));
    }
    binary_op(&args[0], &args[1], BinOp::Pow, false)
}

/// The inverse of `b` modulo `m` (extended Euclid), if it exists.
fn mod_inverse(b: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m_abs = m.magnitude().clone().into();
    let g = num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(b, &m_abs), &m_abs);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&g.x, &m_abs))
}

fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn b_any(vm: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("any", args, 1, 1)?;
    for x in vm.iterate(&args[0])? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_all(vm: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("all", args, 1, 1)?;
    for x in vm.iterate(&args[0])? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Sorts values in place by `<`, stable, with an optional key function.
fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> R<()> {
    let keys = match key {
        Some(f) => items
            .iter()
            .map(|x| vm.call(f, vec![x.clone()], vec![]))
            .collect::<R<Vec<_>>>()?,
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    // Merge sort via `sort_by` is stable; errors are remembered and reported after.
    idx.sort_by(|&a, &b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let (x, y) = if reverse {
            (&keys[b], &keys[a])
        } else {
            (&keys[a], &keys[b])
        };
        match compare(x, y, CmpOp::Lt) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match compare(y, x, CmpOp::Lt) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    let sorted: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

fn sort_kwargs(name: &str, kwargs: Kwargs<'_>) -> R<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kwargs {
        match k.as_str() {
            "key" if !matches!(v, Value::None) => key = Some(v.clone()),
            "key" => {}
            "reverse" => reverse = truthy(v),
            other => {
                return Err(Exc::type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    Ok((key, reverse))
}

fn b_sorted(vm: &mut Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    arity("sorted", args, 1, 1)?;
    let (key, reverse) = sort_kwargs("sorted", kwargs)?;
    let mut items = vm.iterate(&args[0])?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn b_reversed(vm: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("reversed", args, 1, 1)?;
    let mut items = vm.iterate(&args[0])?;
    items.reverse();
    Ok(Value::Iter(Rc::new(RefCell::new(Iter::Values(
        items.into(),
        0,
    )))))
}

fn radix(args: &[Value], name: &str, prefix: &str, r: u32) -> R<Value> {
    arity(name, args, 1, 1)?;
    let Some(b) = as_bigint(&args[0]) else {
        return Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            args[0].type_name()
        )));
    };
    let s = b.magnitude().to_str_radix(r);
    Ok(Value::str(&format!(
        "{}{prefix}{s}",
        if b < BigInt::from(0) { "-" } else { "" }
    )))
}

fn b_hex(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    radix(args, "hex", "0x", 16)
}

fn b_oct(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    radix(args, "oct", "0o", 8)
}

fn b_bin(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    radix(args, "bin", "0b", 2)
}

fn b_callable(_: &mut Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("callable", args, 1, 1)?;
    Ok(Value::Bool(matches!(
        args[0],
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Type(_)
    )))
}

// ------------------------------------------------------------------ type constructors

/// Calls a built-in type: `int('12')`, `list(range(3))`, `type(x)`.
pub fn construct(vm: &mut Vm, t: TypeKind, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    if t != TypeKind::Dict {
        no_kwargs(t.name(), kwargs).or_else(|e| {
            if t == TypeKind::Int && kwargs.len() == 1 && kwargs[0].0.as_str() == "base" {
                Ok(())
            } else {
                Err(e)
            }
        })?;
    }
    match t {
        TypeKind::Int => {
            let base = kwargs
                .first()
                .map(|(_, v)| v.clone())
                .or_else(|| args.get(1).cloned());
            arity("int", args, 0, 2)?;
            match (args.first(), base) {
                (None, _) => Ok(Value::Int(0)),
                (Some(v), None) => to_int(v),
                (Some(Value::Str(s)), Some(Value::Int(b))) => parse_int(s.as_str(), b as u32),
                (Some(_), Some(_)) => Err(Exc::type_error(
                    "int() can't convert non-string with explicit base",
                )),
            }
        }
        TypeKind::Float => {
            arity("float", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::Float(0.0)),
                Some(Value::Float(f)) => Ok(Value::Float(*f)),
                Some(Value::Int(i)) => Ok(Value::Float(*i as f64)),
                Some(Value::Bool(b)) => Ok(Value::Float(*b as i64 as f64)),
                Some(Value::BigInt(b)) => Ok(Value::Float(int_to_f64(b)?)),
                Some(Value::Str(s)) => parse_float(s.as_str()),
                Some(other) => Err(Exc::type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    other.type_name()
                ))),
            }
        }
        TypeKind::Str => {
            arity("str", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::str("")),
                Some(v @ Value::Str(_)) => Ok(v.clone()),
                Some(v) => Ok(Value::str(&vm.to_str(v)?)),
            }
        }
        TypeKind::Bool => {
            arity("bool", args, 0, 1)?;
            Ok(Value::Bool(match args.first() {
                None => false,
                Some(v) => vm.truthy(v)?,
            }))
        }
        TypeKind::List => {
            arity("list", args, 0, 1)?;
            Ok(Value::list(match args.first() {
                None => vec![],
                Some(v) => vm.iterate(v)?,
            }))
        }
        TypeKind::Tuple => {
            arity("tuple", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::tuple(vec![])),
                Some(v @ Value::Tuple(_)) => Ok(v.clone()),
                Some(v) => Ok(Value::tuple(vm.iterate(v)?)),
            }
        }
        TypeKind::Dict => {
            arity("dict", args, 0, 1)?;
            let mut pairs = Vec::new();
            if let Some(src) = args.first() {
                match src {
                    Value::Dict(d) => pairs.extend(
                        d.borrow()
                            .iter()
                            .map(|(k, v)| (k.value().clone(), v.clone())),
                    ),
                    other => {
                        for (i, item) in vm.iterate(other)?.into_iter().enumerate() {
                            let kv = vm.iterate(&item).map_err(|_| {
                                Exc::type_error(format!(
                                    "cannot convert dictionary update sequence element #{i} to a sequence"
                                ))
                            })?;
                            if kv.len() != 2 {
                                return Err(Exc::value_error(format!(
                                    "dictionary update sequence element #{i} has length {}; 2 is required",
                                    kv.len()
                                )));
                            }
                            let mut kv = kv.into_iter();
                            pairs.push((kv.next().expect("two"), kv.next().expect("two")));
                        }
                    }
                }
            }
            for (k, v) in kwargs {
                pairs.push((Value::Str(k.clone()), v.clone()));
            }
            make_dict(pairs)
        }
        TypeKind::Range => {
            let ints: Vec<i64> = args
                .iter()
                .map(|a| match index_value(a) {
                    Some(r) => r,
                    None => Err(Exc::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        a.type_name()
                    ))),
                })
                .collect::<R<_>>()?;
            match ints[..] {
                [stop] => make_range(0, stop, 1),
                [start, stop] => make_range(start, stop, 1),
                [start, stop, step] => make_range(start, stop, step),
                [] => Err(Exc::type_error("range expected at least 1 argument, got 0")),
                _ => Err(Exc::type_error(format!(
                    "range expected at most 3 arguments, got {}",
                    ints.len()
                ))),
            }
        }
        TypeKind::Type => {
            arity("type", args, 1, 1)?;
            Ok(Value::Type(args[0].type_kind()))
        }
        TypeKind::Complex => {
            arity("complex", args, 0, 2)?;
            let part = |v: Option<&Value>| -> R<f64> {
                match v {
                    None => Ok(0.0),
                    Some(Value::Int(i)) => Ok(*i as f64),
                    Some(Value::Float(f)) => Ok(*f),
                    Some(Value::Bool(b)) => Ok(*b as i64 as f64),
                    Some(o) => Err(Exc::type_error(format!(
                        "complex() argument must be a string or a number, not {}",
                        o.type_name()
                    ))),
                }
            };
            Ok(Value::Complex(part(args.first())?, part(args.get(1))?))
        }
        TypeKind::Object => {
            arity("object", args, 0, 0)?;
            Err(Exc::type_error("object() instances are not supported yet"))
        }
        other => Err(Exc::type_error(format!(
            "cannot create '{}' instances",
            other.name()
        ))),
    }
}

/// `int(v)` for one argument.
pub fn to_int(v: &Value) -> R<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(Exc::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(Exc::new(
                    ExcType::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            Ok(num_traits::FromPrimitive::from_f64(f.trunc())
                .map(Value::int)
                .unwrap_or(Value::Int(0)))
        }
        Value::Str(s) => parse_int(s.as_str(), 10),
        other => Err(Exc::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

fn parse_int(s: &str, base: u32) -> R<Value> {
    let bad = || {
        Exc::value_error(format!(
            "invalid literal for int() with base {base}: {}",
            pyrepr::str_repr(s)
        ))
    };
    let t = s.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let (body, base) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (&body[2..], 16),
        (0 | 8, Some("0o")) => (&body[2..], 8),
        (0 | 2, Some("0b")) => (&body[2..], 2),
        (0, _) => (body, 10),
        _ => (body, base),
    };
    if !(2..=36).contains(&base) {
        return Err(Exc::value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let body = body
        .strip_prefix('_')
        .filter(|_| base != 10)
        .unwrap_or(body);
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return Err(bad());
    }
    let digits: String = body.chars().filter(|c| *c != '_').collect();
    if !digits.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(bad());
    }
    let v = BigInt::from_str_radix(&digits, base).map_err(|_| bad())?;
    // Power-of-two bases are exempt from CPython's digit limit.
    if !base.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return Err(Exc::value_error(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    Ok(Value::int(if neg { -v } else { v }))
}

fn parse_float(s: &str) -> R<Value> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let v = match lower.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = v {
        return Ok(Value::Float(if lower.starts_with('-') { -v } else { v }));
    }
    let ok_underscores = !t.starts_with('_') && !t.ends_with('_') && !t.contains("__");
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    match clean.parse::<f64>() {
        Ok(f) if ok_underscores && !clean.is_empty() && !clean.contains(['i', 'n', 'I', 'N']) => {
            Ok(Value::Float(f))
        }
        _ => Err(Exc::value_error(format!(
            "could not convert string to float: {}",
            pyrepr::str_repr(s)
        ))),
    }
}

// ------------------------------------------------------------------ methods

builtins! { LIST_METHODS:
    "append" => l_append, "pop" => l_pop, "insert" => l_insert, "index" => l_index, "count" => l_count,
    "reverse" => l_reverse, "sort" => l_sort, "extend" => l_extend, "copy" => l_copy, "clear" => l_clear,
    "remove" => l_remove,
}

builtins! { DICT_METHODS:
    "get" => d_get, "keys" => d_keys, "values" => d_values, "items" => d_items, "pop" => d_pop,
    "setdefault" => d_setdefault, "update" => d_update, "copy" => d_copy, "clear" => d_clear,
}

builtins! { STR_METHODS:
    "upper" => s_upper, "lower" => s_lower, "strip" => s_strip, "lstrip" => s_lstrip, "rstrip" => s_rstrip,
    "split" => s_split, "join" => s_join, "replace" => s_replace, "startswith" => s_startswith,
    "endswith" => s_endswith, "find" => s_find, "count" => s_count, "isdigit" => s_isdigit,
    "isalpha" => s_isalpha, "isspace" => s_isspace, "title" => s_title, "capitalize" => s_capitalize,
    "index" => s_index, "format" => s_format,
}

builtins! { TUPLE_METHODS:
    "index" => l_index, "count" => l_count,
}

/// The built-in method `name` of `v`'s type, if any.
pub fn find_method(v: &Value, name: &str) -> Option<&'static Builtin> {
    let table = match v {
        Value::List(_) => LIST_METHODS,
        Value::Dict(_) => DICT_METHODS,
        Value::Str(_) => STR_METHODS,
        Value::Tuple(_) => TUPLE_METHODS,
        _ => return None,
    };
    table.iter().find(|b| b.name == name)
}

fn list_of(v: &Value) -> &Rc<RefCell<Vec<Value>>> {
    match v {
        Value::List(l) => l,
        _ => unreachable!("list method called on a list"),
    }
}

fn method_arity(owner: &str, name: &str, args: &[Value], min: usize, max: usize) -> R<()> {
    let given = args.len() - 1;
    if given < min || given > max {
        let msg = if min == max && min == 0 {
            format!("{owner}.{name}() takes no arguments ({given} given)")
        } else if min == max && min == 1 {
            format!("{owner}.{name}() takes exactly one argument ({given} given)")
        } else if given < min {
            format!(
                "{name} expected at least {min} argument{}, got {given}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {given}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(Exc::type_error(msg));
    }
    Ok(())
}

fn l_append(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "append", a, 1, 1)?;
    list_of(&a[0]).borrow_mut().push(a[1].clone());
    Ok(Value::None)
}

fn l_pop(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "pop", a, 0, 1)?;
    let mut l = list_of(&a[0]).borrow_mut();
    if l.is_empty() {
        return Err(Exc::new(ExcType::IndexError, "pop from empty list"));
    }
    let i = match a.get(1) {
        None => l.len() as i64 - 1,
        Some(v) => index_value(v).unwrap_or_else(|| {
            Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            )))
        })?,
    };
    let n = l.len() as i64;
    let i = if i < 0 { i + n } else { i };
    if !(0..n).contains(&i) {
        return Err(Exc::new(ExcType::IndexError, "pop index out of range"));
    }
    Ok(l.remove(i as usize))
}

fn l_insert(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "insert", a, 2, 2)?;
    let mut l = list_of(&a[0]).borrow_mut();
    let n = l.len() as i64;
    let i = index_value(&a[1]).unwrap_or(Ok(0))?;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(i as usize, a[2].clone());
    Ok(Value::None)
}

fn seq_items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn l_index(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity(a[0].type_name(), "index", a, 1, 3)?;
    let items = seq_items(&a[0]);
    let (start, end) = search_bounds(a, 2, items.len())?;
    for i in start.max(0)..end {
        let x = &items[i as usize];
        if is_same(x, &a[1]) || py_eq(x, &a[1])? {
            return Ok(Value::Int(i));
        }
    }
    let what = if matches!(a[0], Value::List(_)) {
        format!("{} is not in list", repr(&a[1])?)
    } else {
        "tuple.index(x): x not in tuple".into()
    };
    Err(Exc::value_error(what))
}

fn l_count(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity(a[0].type_name(), "count", a, 1, 1)?;
    let mut n = 0;
    for x in seq_items(&a[0]) {
        if is_same(&x, &a[1]) || py_eq(&x, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn l_reverse(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "reverse", a, 0, 0)?;
    list_of(&a[0]).borrow_mut().reverse();
    Ok(Value::None)
}

fn l_sort(vm: &mut Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    if a.len() > 1 {
        return Err(Exc::type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_kwargs("sort", kwargs)?;
    let mut items = std::mem::take(&mut *list_of(&a[0]).borrow_mut());
    let r = sort_values(vm, &mut items, key.as_ref(), reverse);
    *list_of(&a[0]).borrow_mut() = items;
    r.map(|_| Value::None)
}

fn l_extend(vm: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "extend", a, 1, 1)?;
    let items = vm.iterate(&a[1])?;
    list_of(&a[0]).borrow_mut().extend(items);
    Ok(Value::None)
}

fn l_copy(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "copy", a, 0, 0)?;
    Ok(Value::list(list_of(&a[0]).borrow().clone()))
}

fn l_clear(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "clear", a, 0, 0)?;
    list_of(&a[0]).borrow_mut().clear();
    Ok(Value::None)
}

fn l_remove(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "remove", a, 1, 1)?;
    let items = list_of(&a[0]).borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if is_same(x, &a[1]) || py_eq(x, &a[1])? {
            list_of(&a[0]).borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    Err(Exc::value_error("list.remove(x): x not in list"))
}

fn dict_of(v: &Value) -> &Rc<RefCell<Dict>> {
    match v {
        Value::Dict(d) => d,
        _ => unreachable!("dict method called on a dict"),
    }
}

fn d_get(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "get", a, 1, 2)?;
    let k = HashKey::new(a[1].clone())?;
    Ok(dict_of(&a[0])
        .borrow()
        .get(&k)
        .cloned()
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}

fn view(values: Vec<Value>) -> Value {
    Value::Iter(Rc::new(RefCell::new(Iter::Values(values.into(), 0))))
}

fn d_keys(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "keys", a, 0, 0)?;
    Ok(view(
        dict_of(&a[0])
            .borrow()
            .keys()
            .map(|k| k.value().clone())
            .collect(),
    ))
}

fn d_values(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "values", a, 0, 0)?;
    Ok(view(dict_of(&a[0]).borrow().values().cloned().collect()))
}

fn d_items(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "items", a, 0, 0)?;
    Ok(view(
        dict_of(&a[0])
            .borrow()
            .iter()
            .map(|(k, v)| Value::tuple(vec![k.value().clone(), v.clone()]))
            .collect(),
    ))
}

fn d_pop(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "pop", a, 1, 2)?;
    let k = HashKey::new(a[1].clone())?;
    match dict_of(&a[0]).borrow_mut().shift_remove(&k) {
        Some(v) => Ok(v),
        None => a
            .get(2)
            .cloned()
            .ok_or_else(|| Exc::new(ExcType::KeyError, repr_plain(&a[1]))),
    }
}

fn d_setdefault(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "setdefault", a, 1, 2)?;
    let k = HashKey::new(a[1].clone())?;
    let default = a.get(2).cloned().unwrap_or(Value::None);
    Ok(dict_of(&a[0])
        .borrow_mut()
        .entry(k)
        .or_insert(default)
        .clone())
}

fn d_update(vm: &mut Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "update", a, 0, 1)?;
    let other = construct(vm, TypeKind::Dict, &a[1..], kwargs)?;
    let other = dict_of(&other).borrow().clone();
    dict_of(&a[0]).borrow_mut().extend(other);
    Ok(Value::None)
}

fn d_copy(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "copy", a, 0, 0)?;
    Ok(Value::Dict(Rc::new(RefCell::new(
        dict_of(&a[0]).borrow().clone(),
    ))))
}

fn d_clear(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "clear", a, 0, 0)?;
    dict_of(&a[0]).borrow_mut().clear();
    Ok(Value::None)
}

fn text(v: &Value) -> &str {
    match v {
        Value::Str(s) => s.as_str(),
        _ => unreachable!("str method called on a str"),
    }
}

fn str_arg<'a>(v: &'a Value, what: &str) -> R<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(Exc::type_error(format!(
            "{what} must be str, not {}",
            other.type_name()
        ))),
    }
}

fn s_upper(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "upper", a, 0, 0)?;
    Ok(Value::str(&text(&a[0]).to_uppercase()))
}

fn s_lower(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "lower", a, 0, 0)?;
    Ok(Value::str(&text(&a[0]).to_lowercase()))
}

fn strip_chars(a: &[Value], name: &str) -> R<Option<Vec<char>>> {
    method_arity("str", name, a, 0, 1)?;
    match a.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().chars().collect())),
        Some(o) => Err(Exc::type_error(format!(
            "{name} arg must be None or str, not {}",
            o.type_name()
        ))),
    }
}

fn s_strip(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let t = text(&a[0]);
    Ok(Value::str(match strip_chars(a, "strip")? {
        None => t.trim_matches(char::is_whitespace),
        Some(cs) => t.trim_matches(|c| cs.contains(&c)),
    }))
}

fn s_lstrip(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let t = text(&a[0]);
    Ok(Value::str(match strip_chars(a, "lstrip")? {
        None => t.trim_start_matches(char::is_whitespace),
        Some(cs) => t.trim_start_matches(|c| cs.contains(&c)),
    }))
}

fn s_rstrip(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let t = text(&a[0]);
    Ok(Value::str(match strip_chars(a, "rstrip")? {
        None => t.trim_end_matches(char::is_whitespace),
        Some(cs) => t.trim_end_matches(|c| cs.contains(&c)),
    }))
}

fn s_split(_: &mut Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    method_arity("str", "split", a, 0, 2)?;
    let t = text(&a[0]);
    let mut sep = a.get(1).cloned().unwrap_or(Value::None);
    let mut maxsplit = a.get(2).cloned().unwrap_or(Value::Int(-1));
    for (k, v) in kwargs {
        match k.as_str() {
            "sep" => sep = v.clone(),
            "maxsplit" => maxsplit = v.clone(),
            other => {
                return Err(Exc::type_error(format!(
                    "split() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let max = match maxsplit {
        Value::Int(n) if n >= 0 => Some(n as usize),
        Value::Int(_) => None,
        o => {
            return Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                o.type_name()
            )));
        }
    };
    let parts: Vec<Value> = match &sep {
        Value::None => {
            let mut out = Vec::new();
            let mut rest = t.trim_start_matches(char::is_whitespace);
            while !rest.is_empty() {
                if max.is_some_and(|m| out.len() >= m) {
                    out.push(Value::str(rest));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start_matches(char::is_whitespace);
            }
            out
        }
        Value::Str(s) => {
            let s = s.as_str();
            if s.is_empty() {
                return Err(Exc::value_error("empty separator"));
            }
            match max {
                Some(m) => t.splitn(m + 1, s).map(Value::str).collect(),
                None => t.split(s).map(Value::str).collect(),
            }
        }
        o => {
            return Err(Exc::type_error(format!(
                "must be str or None, not {}",
                o.type_name()
            )));
        }
    };
    Ok(Value::list(parts))
}

fn s_join(vm: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "join", a, 1, 1)?;
    let sep = text(&a[0]);
    let items = vm.iterate(&a[1])?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match x {
            Value::Str(s) => out.push_str(s.as_str()),
            o => {
                return Err(Exc::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    o.type_name()
                )));
            }
        }
    }
    Ok(Value::str(&out))
}

fn s_replace(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "replace", a, 2, 3)?;
    let t = text(&a[0]);
    let old = str_arg(&a[1], "replace() argument 1")?;
    let new = str_arg(&a[2], "replace() argument 2")?;
    let count = match a.get(3) {
        Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
        _ => None,
    };
    if old.is_empty() {
        // Insert `new` before every character and at the end, up to `count` times.
        let mut out = String::new();
        let mut n = 0;
        for c in t.chars() {
            if count.is_none_or(|m| n < m) {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if count.is_none_or(|m| n < m) {
            out.push_str(new);
        }
        return Ok(Value::str(&out));
    }
    Ok(Value::str(&match count {
        Some(m) => t.replacen(old, new, m),
        None => t.replace(old, new),
    }))
}

fn prefix_args(a: &[Value], name: &str) -> R<Vec<String>> {
    method_arity("str", name, a, 1, 3)?;
    match &a[1] {
        Value::Str(s) => Ok(vec![s.as_str().to_string()]),
        Value::Tuple(t) => t
            .iter()
            .map(|x| str_arg(x, "tuple for startswith").map(str::to_string))
            .collect(),
        o => Err(Exc::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            o.type_name()
        ))),
    }
}

fn s_startswith(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let ps = prefix_args(a, "startswith")?;
    Ok(Value::Bool(
        ps.iter().any(|p| text(&a[0]).starts_with(p.as_str())),
    ))
}

fn s_endswith(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let ps = prefix_args(a, "endswith")?;
    Ok(Value::Bool(
        ps.iter().any(|p| text(&a[0]).ends_with(p.as_str())),
    ))
}

/// Character-indexed search window `[start, end)` of `str.find`-like methods.
/// The `start`/`end` arguments at `a[at]`, `a[at + 1]` of a search method,
/// adjusted as CPython's `ADJUST_INDICES` does (the start is not clamped, so a start
/// past the end finds nothing).
fn search_bounds(a: &[Value], at: usize, len: usize) -> R<(i64, i64)> {
    let n = len as i64;
    let get = |v: Option<&Value>, default: i64| -> R<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => match index_value(v) {
                Some(Ok(i)) => Ok(i),
                // Out of the machine range: saturate, which the adjustment clamps.
                Some(Err(_)) => Ok(
                    if matches!(v, Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus) {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    },
                ),
                None => Err(Exc::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    };
    let (mut start, mut end) = (get(a.get(at), 0)?, get(a.get(at + 1), n)?);
    if end > n {
        end = n;
    } else if end < 0 {
        end = (end + n).max(0);
    }
    if start < 0 {
        start = (start + n).max(0);
    }
    Ok((start, end))
}

/// The character window `[start, end)` of a `str` search method and its start,
/// or `None` when the window is empty past the end.
fn str_window<'a>(t: &'a str, a: &[Value]) -> R<Option<(usize, &'a str)>> {
    let chars: Vec<usize> = t.char_indices().map(|c| c.0).collect();
    let (start, end) = search_bounds(a, 2, chars.len())?;
    if start > end {
        return Ok(None);
    }
    let byte = |i: i64| chars.get(i as usize).copied().unwrap_or(t.len());
    Ok(Some((start as usize, &t[byte(start)..byte(end)])))
}

fn find_in(a: &[Value], name: &str) -> R<Option<usize>> {
    method_arity("str", name, a, 1, 3)?;
    let t = text(&a[0]);
    let sub = str_arg(&a[1], "must be str")?;
    let Some((start, window)) = str_window(t, a)? else {
        return Ok(None);
    };
    Ok(window
        .find(sub)
        .map(|b| start + window[..b].chars().count()))
}

fn s_find(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(Value::Int(find_in(a, "find")?.map_or(-1, |i| i as i64)))
}

fn s_index(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    match find_in(a, "index")? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(Exc::value_error("substring not found")),
    }
}

fn s_count(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "count", a, 1, 3)?;
    let t = text(&a[0]);
    let sub = str_arg(&a[1], "must be str")?;
    let Some((_, window)) = str_window(t, a)? else {
        return Ok(Value::Int(0));
    };
    let n = if sub.is_empty() {
        window.chars().count() + 1
    } else {
        window.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn s_isdigit(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let t = text(&a[0]);
    Ok(Value::Bool(
        !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()),
    ))
}

fn s_isalpha(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let t = text(&a[0]);
    Ok(Value::Bool(
        !t.is_empty() && t.chars().all(char::is_alphabetic),
    ))
}

fn s_isspace(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let t = text(&a[0]);
    Ok(Value::Bool(
        !t.is_empty() && t.chars().all(char::is_whitespace),
    ))
}

/// `str.format(*args, **kwargs)`: `{}`/`{0}`/`{name}` fields with `.attr` and
/// `[key]` accessors, `!s`/`!r`/`!a` conversions and format specs (which may
/// contain nested fields).
fn s_format(vm: &mut Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    let mut auto = 0usize;
    let mut numbering: Option<bool> = None;
    let out = format_template(
        vm,
        text(&a[0]),
        &a[1..],
        kwargs,
        &mut auto,
        &mut numbering,
        2,
    )?;
    Ok(Value::str(&out))
}

fn format_template(
    vm: &mut Vm,
    t: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
    auto: &mut usize,
    numbering: &mut Option<bool>,
    depth: usize,
) -> R<String> {
    if depth == 0 {
        return Err(Exc::value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(Exc::value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // A field: up to the matching `}` (specs may nest one level of braces).
        let start = i + 1;
        let mut level = 1;
        i += 1;
        while i < chars.len() {
            match chars[i] {
                '{' => level += 1,
                '}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if i >= chars.len() {
            return Err(Exc::value_error(if level > 1 {
                "expected '}' before end of string"
            } else {
                "Single '{' encountered in format string"
            }));
        }
        let field: String = chars[start..i].iter().collect();
        i += 1;
        let (head, spec) = match field.find(':') {
            Some(p) if !field[..p].contains('!') || field.find('!').is_some_and(|b| b < p) => {
                (&field[..p], &field[p + 1..])
            }
            _ => (&field[..], ""),
        };
        let (name, conversion) = match head.find('!') {
            Some(p) => (&head[..p], Some(&head[p + 1..])),
            None => (head, None),
        };
        // The first part of the name picks the argument; then accessors follow.
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut value = if first.is_empty() {
            if *numbering == Some(true) {
                return Err(Exc::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            *numbering = Some(false);
            let v = args.get(*auto).cloned().ok_or_else(|| {
                Exc::new(
                    ExcType::IndexError,
                    format!(
                        "Replacement index {} out of range for positional args tuple",
                        *auto
                    ),
                )
            })?;
            *auto += 1;
            v
        } else if let Ok(n) = first.parse::<usize>() {
            if *numbering == Some(false) {
                return Err(Exc::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            *numbering = Some(true);
            args.get(n).cloned().ok_or_else(|| {
                Exc::new(
                    ExcType::IndexError,
                    format!("Replacement index {n} out of range for positional args tuple"),
                )
            })?
        } else {
            kwargs
                .iter()
                .find(|(k, _)| k.as_str() == first)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| Exc::new(ExcType::KeyError, pyrepr::str_repr(first)))?
        };
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                value = crate::vm::handlers::rt_getattr(&value, &r[..end])?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r
                    .find(']')
                    .ok_or_else(|| Exc::value_error("Missing ']' in format string"))?;
                let key = &r[..end];
                let k = key
                    .parse::<i64>()
                    .map_or_else(|_| Value::str(key), Value::Int);
                value = getitem(&value, &k)?;
                rest = &r[end + 1..];
            } else {
                return Err(Exc::value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
        let value = match conversion {
            None => value,
            Some("s") => Value::str(&vm.to_str(&value)?),
            Some("r") => Value::str(&vm.repr(&value)?),
            Some("a") => Value::str(&pyrepr::ascii_escape(&vm.repr(&value)?)),
            Some(other) => {
                let c = other
                    .chars()
                    .next()
                    .map_or(String::new(), |c| c.to_string());
                return Err(Exc::value_error(format!(
                    "Unknown conversion specifier {c}"
                )));
            }
        };
        let spec = if spec.contains('{') {
            format_template(vm, spec, args, kwargs, auto, numbering, depth - 1)?
        } else {
            spec.to_string()
        };
        out.push_str(&vm.format(&value, &spec)?);
    }
    Ok(out)
}

/// Python's titlecase of one character (Unicode's title mapping, which differs
/// from uppercase for ligatures and digraphs: `ß` → `Ss`, `ǆ` → `ǅ`).
fn title_case(c: char, out: &mut String) {
    let special = match c {
        'ß' => "Ss",
        'ﬀ' => "Ff",
        'ﬁ' => "Fi",
        'ﬂ' => "Fl",
        'ﬃ' => "Ffi",
        'ﬄ' => "Ffl",
        'ﬅ' | 'ﬆ' => "St",
        'և' => "Եւ",
        'ﬓ' => "Մն",
        'ﬔ' => "Մե",
        'ﬕ' => "Մի",
        'ﬖ' => "Վն",
        'ﬗ' => "Մխ",
        'ŉ' => "ʼN",
        'Ǆ' | 'ǅ' | 'ǆ' => "ǅ",
        'Ǉ' | 'ǈ' | 'ǉ' => "ǈ",
        'Ǌ' | 'ǋ' | 'ǌ' => "ǋ",
        'Ǳ' | 'ǲ' | 'ǳ' => "ǲ",
        _ => "",
    };
    if !special.is_empty() {
        out.push_str(special);
        return;
    }
    // Greek letters with ypogegrammeni take the prosgegrammeni form.
    let n = c as u32;
    let greek = match n {
        0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => Some(n + 8),
        0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF => Some(n),
        0x1FB3 => Some(0x1FBC),
        0x1FC3 => Some(0x1FCC),
        0x1FF3 => Some(0x1FFC),
        _ => None,
    };
    match greek.and_then(char::from_u32) {
        Some(t) => out.push(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// Whether a character is cased (upper, lower or title case), as `str.title` asks.
fn is_cased(c: char) -> bool {
    c.is_uppercase()
        || c.is_lowercase()
        || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')
        || (0x1F88..=0x1FAF).contains(&(c as u32))
}

fn s_title(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "title", a, 0, 0)?;
    let mut out = String::new();
    let mut prev_cased = false;
    for c in text(&a[0]).chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            title_case(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    Ok(Value::str(&out))
}

fn s_capitalize(_: &mut Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "capitalize", a, 0, 0)?;
    let mut cs = text(&a[0]).chars();
    let mut out = String::new();
    if let Some(c) = cs.next() {
        title_case(c, &mut out);
        out.extend(cs.flat_map(char::to_lowercase));
    }
    Ok(Value::str(&out))
}

/// `fmt % args` for `str` (printf-style formatting): `%(key)` mapping keys,
/// flags `#0- +`, `*` or literal width and precision, and the conversions
/// `d i u o x X e E f F g G c s r a %`.
pub fn percent_format(fmt: &str, args: &Value) -> R<Value> {
    let mapping = match args {
        Value::Dict(d) => Some(d.clone()),
        _ => None,
    };
    let items: Vec<Value> = match args {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let mut next_item = 0usize;
    let mut take = |what: &str| -> R<Value> {
        let v = items
            .get(next_item)
            .cloned()
            .ok_or_else(|| Exc::type_error(format!("not enough arguments for {what}")))?;
        next_item += 1;
        Ok(v)
    };
    let mut used_mapping = false;
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let incomplete = || Exc::value_error("incomplete format");
        // `%(key)`: the argument is looked up in a mapping.
        let mut keyed: Option<Value> = None;
        if chars.get(i) == Some(&'(') {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(Exc::value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            let Some(map) = &mapping else {
                return Err(Exc::type_error("format requires a mapping"));
            };
            let k = HashKey::new(Value::str(&key))?;
            let v = map
                .borrow()
                .get(&k)
                .cloned()
                .ok_or_else(|| Exc::new(ExcType::KeyError, pyrepr::str_repr(&key)))?;
            keyed = Some(v);
            used_mapping = true;
        }
        let mut flags = String::new();
        while let Some(&f) = chars.get(i).filter(|f| "-+ #0".contains(**f)) {
            flags.push(f);
            i += 1;
        }
        let number = |i: &mut usize, take: &mut dyn FnMut(&str) -> R<Value>| -> R<Option<i64>> {
            if chars.get(*i) == Some(&'*') {
                *i += 1;
                return match take("format string")? {
                    Value::Int(n) => Ok(Some(n)),
                    _ => Err(Exc::type_error("* wants int")),
                };
            }
            let start = *i;
            while chars.get(*i).is_some_and(|d| d.is_ascii_digit()) {
                *i += 1;
            }
            let digits: String = chars[start..*i].iter().collect();
            Ok(if digits.is_empty() {
                None
            } else {
                Some(digits.parse().unwrap_or(i64::MAX))
            })
        };
        let mut width = number(&mut i, &mut take)?;
        if width.is_some_and(|w| w < 0) {
            flags.push('-');
            width = width.map(|w| -w);
        }
        let mut prec = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            prec = Some(number(&mut i, &mut take)?.unwrap_or(0).max(0) as usize);
        }
        while chars.get(i).is_some_and(|l| "hlL".contains(*l)) {
            i += 1;
        }
        let conv = *chars.get(i).ok_or_else(incomplete)?;
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match keyed {
            Some(v) => v,
            None => take("format string")?,
        };
        let mut body = format_one(conv, &arg, &flags, prec, out.chars().count())?;
        let numeric = "diouxXeEfFgG".contains(conv);
        let w = width.unwrap_or(0).max(0) as usize;
        let len = body.chars().count();
        if len < w {
            let pad = w - len;
            if flags.contains('-') {
                body.push_str(&" ".times(pad));
            } else if flags.contains('0') && numeric && !body.ends_with(['n', 'f', 'N', 'F']) {
                let sign = usize::from(body.starts_with(['-', '+', ' ']));
                let prefix = sign
                    + if body[sign..].starts_with(['0'])
                        && body[sign..].len() > 1
                        && body[sign + 1..].starts_with(['x', 'X', 'o'])
                    {
                        2
                    } else {
                        0
                    };
                body.insert_str(prefix, &"0".times(pad));
            } else {
                body.insert_str(0, &" ".times(pad));
            }
        }
        out.push_str(&body);
    }
    if next_item < items.len() && !used_mapping && mapping.is_none() {
        return Err(Exc::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(Value::str(&out))
}

/// One `%` conversion, before padding to the width.
fn format_one(conv: char, arg: &Value, flags: &str, prec: Option<usize>, at: usize) -> R<String> {
    let sign = |s: String, negative: bool| -> String {
        if negative {
            s
        } else if flags.contains('+') {
            format!("+{s}")
        } else if flags.contains(' ') {
            format!(" {s}")
        } else {
            s
        }
    };
    let real = || -> R<f64> {
        match arg {
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::Float(f) => Ok(*f),
            Value::BigInt(b) => int_to_f64(b),
            o => Err(Exc::type_error(format!(
                "must be real number, not {}",
                o.type_name()
            ))),
        }
    };
    Ok(match conv {
        's' => {
            let s = to_str(arg)?;
            match prec {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            }
        }
        'r' | 'a' => {
            let s = repr(arg)?;
            let s = if conv == 'a' {
                pyrepr::ascii_escape(&s)
            } else {
                s
            };
            match prec {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            }
        }
        'c' => match arg {
            Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
            Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(c) => c.to_string(),
                None => {
                    return Err(Exc::new(
                        ExcType::OverflowError,
                        "%c arg not in range(0x110000)",
                    ));
                }
            },
            _ => {
                return Err(Exc::type_error(
                    "%c requires an int or a unicode character, not ".to_string() + arg.type_name(),
                ));
            }
        },
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let value = match (conv, arg) {
                (_, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
                    as_bigint(arg).expect("an int")
                }
                ('d' | 'i' | 'u', Value::Float(f)) => match to_int(&Value::Float(*f))? {
                    v @ (Value::Int(_) | Value::BigInt(_)) => as_bigint(&v).expect("an int"),
                    _ => unreachable!("int() of a float is an int"),
                },
                ('d' | 'i' | 'u', o) => {
                    return Err(Exc::type_error(format!(
                        "%{conv} format: a real number is required, not {}",
                        o.type_name()
                    )));
                }
                (_, o) => {
                    return Err(Exc::type_error(format!(
                        "%{conv} format: an integer is required, not {}",
                        o.type_name()
                    )));
                }
            };
            let negative = value < BigInt::from(0);
            let radix = match conv {
                'o' => 8,
                'x' | 'X' => 16,
                _ => 10,
            };
            let mut digits = value.magnitude().to_str_radix(radix);
            if conv == 'X' {
                digits = digits.to_uppercase();
            }
            if let Some(p) = prec
                && digits.len() < p
            {
                digits = "0".times(p - digits.len()) + &digits;
            }
            if flags.contains('#') && radix != 10 {
                let prefix = match conv {
                    'o' => "0o",
                    'x' => "0x",
                    _ => "0X",
                };
                digits = format!("{prefix}{digits}");
            }
            sign(
                if negative {
                    format!("-{digits}")
                } else {
                    digits
                },
                negative,
            )
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = real()?;
            let upper = conv.is_ascii_uppercase();
            let p = prec.unwrap_or(6);
            let body = if !x.is_finite() {
                let s = if x.is_nan() { "nan" } else { "inf" };
                if upper {
                    s.to_uppercase()
                } else {
                    s.to_string()
                }
            } else {
                let s = match conv.to_ascii_lowercase() {
                    'f' => {
                        let s = format!("{:.*}", p, x.abs());
                        if p == 0 && flags.contains('#') {
                            s + "."
                        } else {
                            s
                        }
                    }
                    'e' => sci(x.abs(), p),
                    _ => general(x.abs(), p, flags.contains('#')),
                };
                if upper { s.to_uppercase() } else { s }
            };
            let negative = x.is_sign_negative() && !x.is_nan();
            sign(if negative { format!("-{body}") } else { body }, negative)
        }
        other => {
            return Err(Exc::value_error(format!(
                "unsupported format character '{other}' (0x{:x}) at index {at}",
                other as u32
            )));
        }
    })
}

/// `%e` formatting of a finite number: `1.500000e+00`.
fn sci(x: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec, x);
    let (m, e) = s.split_once('e').expect("exponent");
    let e: i32 = e.parse().expect("exponent");
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g` formatting of a finite number: the shorter of fixed and exponent
/// notation at `prec` significant digits, trailing zeros removed unless `alt`.
fn general(x: f64, prec: usize, alt: bool) -> String {
    let p = prec.max(1);
    let s = sci(x, p - 1);
    let exp: i32 = s.split_once('e').map_or(0, |(_, e)| e.parse().unwrap_or(0));
    let trim = |t: &str| -> String {
        if alt || !t.contains('.') {
            t.to_string()
        } else {
            t.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    };
    if exp < -4 || exp >= p as i32 {
        let (m, e) = s.split_once('e').expect("exponent");
        format!("{}e{e}", trim(m))
    } else {
        trim(&format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, x))
    }
}

/// `x.to_f64()` for ints, for callers outside this module.
pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    b.to_f64()
}
