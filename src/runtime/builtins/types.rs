//! Calling the built-in types: `int(...)`, `str(...)`, `list(...)`, `range(...)`.

use num_bigint::BigInt;

use super::*;
use crate::pyrepr;
use num_traits::Num;

/// The items of a mapping: a dict's, or `(k, m[k])` for each `k` of
/// `m.keys()` when `m` has a `keys` method (CPython's test for a mapping);
/// `None` for anything else.
pub fn mapping_items(vm: &Vm, m: &Value) -> R<Option<Vec<(Value, Value)>>> {
    Ok(Some(match m {
        Value::Dict(d) => d
            .borrow()
            .iter()
            .map(|(k, v)| (k.value().clone(), v.clone()))
            .collect(),
        other if object::special(other, "keys").is_some() => {
            let keys = vm.getattr(other, &intern_static("keys"))?;
            let keys = vm.call(&keys, Vec::new(), Vec::new())?;
            let mut out = Vec::new();
            for k in vm.iterate(&keys)? {
                let v = getitem(other, &k)?;
                out.push((k, v));
            }
            out
        }
        _ => return Ok(None),
    }))
}

/// Calls a built-in type: `int('12')`, `list(range(3))`, `type(x)`.
pub fn construct(vm: &Vm, t: TypeKind, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    // type(name, bases, ns, **kwds) hands keywords to __init_subclass__.
    let takes_keywords =
        matches!(t, TypeKind::Dict | TypeKind::Complex) || (t == TypeKind::Type && args.len() == 3);
    if !takes_keywords {
        if t == TypeKind::Int {
            // int(x, /, base=10)
            if let Some((k, _)) = kwargs.iter().find(|(k, _)| k.as_str() != "base") {
                return Err(Exc::type_error(format!(
                    "int() got an unexpected keyword argument '{}'",
                    k.as_str()
                )));
            }
        } else {
            no_kwargs(t.name(), kwargs)?;
        }
    }
    match t {
        TypeKind::Int => {
            let base = kwargs
                .first()
                .map(|(_, v)| v.clone())
                .or_else(|| args.get(1).cloned());
            arity("int", args, 0, 2)?;
            // The base is any integer (`__index__`).
            let base = match base {
                None => None,
                Some(b) => match index_int(&b) {
                    Some(i) => Some(i?),
                    None => {
                        return Err(Exc::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            b.type_name()
                        )));
                    }
                },
            };
            match (args.first(), base) {
                (None, _) => Ok(Value::Int(0)),
                (Some(v), None) => to_int(v),
                (Some(Value::Str(s)), Some(Value::Int(b))) => parse_int(s.as_str(), b as u32),
                (Some(v @ (Value::Bytes(_) | Value::ByteArray(_))), Some(Value::Int(b))) => {
                    parse_int_bytes(&v.byte_data().expect("bytes-like"), b as u32)
                }
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
                Some(v @ (Value::Bytes(_) | Value::ByteArray(_))) => {
                    let b = v.byte_data().expect("bytes-like");
                    std::str::from_utf8(&b)
                        .ok()
                        .and_then(float_from_text)
                        .map(Value::Float)
                        .ok_or_else(|| {
                            Exc::value_error(format!(
                                "could not convert string to float: {}",
                                pyrepr::bytes_repr(&b)
                            ))
                        })
                }
                Some(v @ Value::Instance(_)) if object::special(v, "__float__").is_some() => {
                    match object::call_special(vm, v, "__float__", Vec::new())
                        .expect("looked up above")?
                    {
                        f @ Value::Float(_) => Ok(f),
                        other => Err(Exc::type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            v.type_name(),
                            other.type_name()
                        ))),
                    }
                }
                Some(v @ Value::Instance(_)) if object::special(v, "__index__").is_some() => {
                    let i = to_int(v)?;
                    construct(vm, TypeKind::Float, &[i], &[])
                }
                Some(other) => Err(Exc::type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    other.type_name()
                ))),
            }
        }
        TypeKind::Str => {
            let [object, encoding, errors] = <[Option<Value>; 3]>::try_from(super::clinic(
                "str",
                args,
                kwargs,
                &["object", "encoding", "errors"],
                0,
            )?)
            .expect("three parameters");
            if encoding.is_none() && errors.is_none() {
                return match object {
                    None => Ok(Value::str("")),
                    Some(v @ Value::Str(_)) => Ok(v),
                    Some(v) => Ok(Value::str(&vm.to_str(&v)?)),
                };
            }
            // str(bytes, encoding, errors) decodes.
            let object = object.unwrap_or_else(|| Value::Bytes(Rc::from(&b""[..])));
            match &object {
                Value::Bytes(_) | Value::ByteArray(_) => {
                    let decode = find_method(&object, "decode").expect("bytes have decode");
                    let mut full = vec![object.clone()];
                    full.push(encoding.unwrap_or_else(|| Value::str("utf-8")));
                    full.extend(errors);
                    (decode.func)(vm, &full, &[])
                }
                Value::Str(_) => Err(Exc::type_error("decoding str is not supported")),
                other => Err(Exc::type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    other.type_name()
                ))),
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
        TypeKind::Set | TypeKind::FrozenSet => super::sets::construct_set(vm, t, args),
        TypeKind::Dict => {
            arity("dict", args, 0, 1)?;
            let mut pairs = Vec::new();
            if let Some(src) = args.first() {
                match mapping_items(vm, src)? {
                    Some(items) => pairs.extend(items),
                    None => {
                        for (i, item) in vm.iterate(src)?.into_iter().enumerate() {
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
            if args.len() == 3 {
                let mut full = vec![Value::Type(TypeKind::Type)];
                full.extend(args.iter().cloned());
                return object::type_new_call(vm, &full, kwargs);
            }
            if args.len() != 1 {
                return Err(Exc::type_error("type() takes 1 or 3 arguments"));
            }
            Ok(match &args[0] {
                Value::Class(c) if c.meta.is_some() => {
                    Value::Class(c.meta.clone().expect("checked"))
                }
                Value::Instance(i) if object::is_plain_object_class(&i.class) => {
                    Value::Type(TypeKind::Object)
                }
                Value::Instance(i) => Value::Class(i.class.clone()),
                other => Value::Type(other.type_kind()),
            })
        }
        TypeKind::Complex => construct_complex(vm, args, kwargs),
        TypeKind::Object => {
            if !args.is_empty() || !kwargs.is_empty() {
                return Err(Exc::type_error("object() takes no arguments"));
            }
            Ok(Value::Instance(object::Instance::new(
                object::plain_object_class(),
            )))
        }
        TypeKind::Method => {
            arity("method", args, 2, 2)?;
            if matches!(super::b_callable(vm, &args[..1], &[])?, Value::Bool(false)) {
                return Err(Exc::type_error("first argument must be callable"));
            }
            Ok(Value::BoundMethod(Rc::new((
                args[0].clone(),
                args[1].clone(),
            ))))
        }
        TypeKind::Bytes => Ok(Value::Bytes(bytes_from(vm, args, "bytes")?.into())),
        TypeKind::ByteArray => Ok(Value::bytearray(bytes_from(vm, args, "bytearray")?)),
        TypeKind::NoneType => {
            if !args.is_empty() || !kwargs.is_empty() {
                return Err(Exc::type_error("NoneType takes no arguments"));
            }
            Ok(Value::None)
        }
        TypeKind::Slice => {
            arity("slice", args, 1, 3)?;
            Ok(Value::Slice(Rc::new(match args {
                [stop] => [Value::None, stop.clone(), Value::None],
                [start, stop] => [start.clone(), stop.clone(), Value::None],
                [start, stop, step, ..] => [start.clone(), stop.clone(), step.clone()],
                [] => unreachable!("arity checked"),
            })))
        }
        other => Err(Exc::type_error(format!(
            "cannot create '{}' instances",
            other.name()
        ))),
    }
}

/// `complex(real=0, imag=0)` (CPython's `complex_new`): a string is parsed;
/// an object with `__complex__` converts itself; otherwise each part is a
/// number (`__float__` or `__index__`), the result `real + imag * 1j`.
fn construct_complex(vm: &Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    let mut parts: [Option<Value>; 2] = [args.first().cloned(), args.get(1).cloned()];
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    for (k, v) in kwargs {
        let i = match k.as_str() {
            "real" => 0,
            "imag" => 1,
            other => {
                return Err(Exc::type_error(format!(
                    "complex() got an unexpected keyword argument '{other}'"
                )));
            }
        };
        if parts[i].is_some() {
            return Err(Exc::type_error(format!(
                "argument for complex() given by name ('{}') and position ({})",
                k.as_str(),
                i + 1
            )));
        }
        parts[i] = Some(v.clone());
    }
    let [real, imag] = parts;
    if let Some(s) = real.as_ref().and_then(Value::str_like) {
        if imag.is_some() {
            return Err(Exc::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return parse_complex(s);
    }
    if imag.as_ref().is_some_and(|v| v.str_like().is_some()) {
        return Err(Exc::type_error("complex() second arg can't be a string"));
    }
    // One part as a complex number, and whether it was one.
    let part = |v: &Value, which: &str| -> R<(f64, f64, bool)> {
        match v {
            Value::Complex(re, im) => return Ok((*re, *im, true)),
            Value::Instance(_) => {
                if let Some(r) = object::call_special(vm, v, "__complex__", Vec::new()) {
                    return match r? {
                        Value::Complex(re, im) => Ok((re, im, true)),
                        other => Err(Exc::type_error(format!(
                            "__complex__ returned non-complex (type {})",
                            other.type_name()
                        ))),
                    };
                }
            }
            _ => {}
        }
        match real_to_f64(vm, v)? {
            Some(f) => Ok((f, 0.0, false)),
            None => Err(Exc::type_error(format!(
                "complex() {which} must be {}a number, not '{}'",
                if which == "first argument" {
                    "a string or "
                } else {
                    ""
                },
                v.type_name()
            ))),
        }
    };
    let (ar, ai, real_complex) = match &real {
        Some(v) => part(v, "first argument")?,
        None => (0.0, 0.0, false),
    };
    // real + imag * 1j, the corrections only where a part was complex (so
    // that the signs of zeros come out as CPython's).
    let (re, im) = match &imag {
        None => (ar, ai),
        Some(v) => {
            let (br, bi, imag_complex) = part(v, "second argument")?;
            (
                if imag_complex { ar - bi } else { ar },
                if real_complex { br + ai } else { br },
            )
        }
    };
    Ok(Value::Complex(re, im))
}

/// A real number as a float: ints, floats, and objects with `__float__` or
/// `__index__`; `None` for anything else (strings included).
fn real_to_f64(vm: &Vm, v: &Value) -> R<Option<f64>> {
    let convertible = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => true,
        Value::Instance(_) => {
            object::special(v, "__float__").is_some() || object::special(v, "__index__").is_some()
        }
        _ => false,
    };
    if !convertible {
        return Ok(None);
    }
    match construct(vm, TypeKind::Float, std::slice::from_ref(v), &[])? {
        Value::Float(f) => Ok(Some(f)),
        _ => unreachable!("float() makes a float"),
    }
}

/// A real-number argument as a float (`math` functions, `%f`): ints and
/// floats directly, other objects as `float()` converts them;
/// `TypeError: must be real number` otherwise.
pub fn real_arg(v: &Value) -> R<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => int_to_f64(b),
        other => object::with_vm(|vm| real_to_f64(vm, other))?.ok_or_else(|| {
            Exc::type_error(format!("must be real number, not {}", other.type_name()))
        }),
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
        Value::Bytes(_) | Value::ByteArray(_) => {
            parse_int_bytes(&v.byte_data().expect("bytes-like"), 10)
        }
        Value::Instance(_) => {
            for method in ["__int__", "__index__"] {
                if let Some(r) = object::with_vm(|vm| {
                    object::call_special(vm, v, method, Vec::new()).transpose()
                })? {
                    return match r {
                        Value::Int(_) | Value::BigInt(_) => Ok(r),
                        Value::Bool(b) => Ok(Value::Int(b as i64)),
                        other => Err(Exc::type_error(format!(
                            "{method} returned non-int (type {})",
                            other.type_name()
                        ))),
                    };
                }
            }
            Err(Exc::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                v.type_name()
            )))
        }
        other => Err(Exc::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

/// `int(b, base)` for bytes: as for the text they spell, the error showing
/// the bytes.
fn parse_int_bytes(b: &[u8], base: u32) -> R<Value> {
    let bad = || {
        Exc::value_error(format!(
            "invalid literal for int() with base {base}: {}",
            pyrepr::bytes_repr(b)
        ))
    };
    match std::str::from_utf8(b) {
        Ok(text) if text.is_ascii() => parse_int(text, base).map_err(|e| {
            if e.is(ExcType::ValueError) && (base == 0 || (2..=36).contains(&base)) {
                bad()
            } else {
                e
            }
        }),
        _ => Err(bad()),
    }
}

pub(super) fn parse_int(s: &str, base: u32) -> R<Value> {
    let bad = || {
        Exc::value_error(format!(
            "invalid literal for int() with base {base}: {}",
            pyrepr::str_repr(s)
        ))
    };
    let text = super::strmore::decimal_to_ascii(s.trim());
    let t = text.as_ref();
    let (neg, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let base_given = base;
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
    // Base 0 reads a literal: a decimal one has no leading zeros ("010").
    if base_given == 0 && base == 10 && digits.starts_with('0') && digits.contains(|c| c != '0') {
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

pub(super) fn parse_float(s: &str) -> R<Value> {
    float_from_text(s).map(Value::Float).ok_or_else(|| {
        Exc::value_error(format!(
            "could not convert string to float: {}",
            pyrepr::str_repr(s)
        ))
    })
}

/// The float a string spells (surrounding whitespace allowed, digits of any
/// script, `_` only between digits), or `None`.
fn float_from_text(s: &str) -> Option<f64> {
    let t = super::strmore::decimal_to_ascii(s.trim());
    let t = t.as_ref();
    let lower = t.to_ascii_lowercase();
    let v = match lower.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = v {
        return Some(if lower.starts_with('-') { -v } else { v });
    }
    let b = t.as_bytes();
    let ok_underscores = (0..b.len()).all(|i| {
        b[i] != b'_'
            || (i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
    });
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    match clean.parse::<f64>() {
        Ok(f) if ok_underscores && !clean.is_empty() && !clean.contains(['i', 'n', 'I', 'N']) => {
            Some(f)
        }
        _ => None,
    }
}

/// `complex(text)`: `a`, `bj`, `a+bj` or `a-bj` (each part a float literal,
/// `j` alone meaning `1j`), optionally in parentheses, with whitespace only
/// around the whole.
fn parse_complex(s: &str) -> R<Value> {
    let bad = || Exc::value_error("complex() arg is a malformed string");
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() || t.contains(char::is_whitespace) {
        return Err(bad());
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return float_from_text(t)
            .map(|re| Value::Complex(re, 0.0))
            .ok_or_else(bad);
    };
    // The imaginary part starts at the last sign not right after an exponent
    // marker (and not at the very start, where it is the whole number's).
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let imag = |text: &str| -> Option<f64> {
        match text {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ if text.ends_with(['+', '-']) => None,
            _ => float_from_text(text),
        }
    };
    let (re, im) = match split {
        Some(i) => (float_from_text(&body[..i]), imag(&body[i..])),
        None => (Some(0.0), imag(body)),
    };
    match (re, im) {
        (Some(re), Some(im)) => Ok(Value::Complex(re, im)),
        _ => Err(bad()),
    }
}

/// The contents `bytes(...)` or `bytearray(...)` makes from its arguments:
/// nothing, a str with an encoding, a count of zero bytes, a bytes-like
/// object, or an iterable of ints in range(256).
fn bytes_from(vm: &Vm, args: &[Value], what: &str) -> R<Vec<u8>> {
    arity(what, args, 0, 3)?;
    match args {
        [] => Ok(Vec::new()),
        [s, rest @ ..] if s.str_like().is_some() => {
            if rest.is_empty() {
                return Err(Exc::type_error("string argument without an encoding"));
            }
            let encode = find_method(s, "encode").expect("str has encode");
            match (encode.func)(vm, args, &[])? {
                Value::Bytes(b) => Ok(b.to_vec()),
                _ => unreachable!("str.encode makes bytes"),
            }
        }
        [_, _, ..] => Err(Exc::type_error("encoding without a string argument")),
        [v @ (Value::Bytes(_) | Value::ByteArray(_))] => {
            Ok(v.byte_data().expect("bytes-like").into_owned())
        }
        [n @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))] => {
            let n = index_value(n).unwrap_or(Ok(0))?;
            if n < 0 {
                return Err(Exc::value_error("negative count"));
            }
            if n as usize > MAX_RESULT_ITEMS {
                return Err(Exc::new(ExcType::MemoryError, ""));
            }
            Ok(vec![0u8; n as usize])
        }
        [other] => {
            let items = vm.iterate(other).map_err(|e| {
                if e.is(ExcType::TypeError) {
                    Exc::type_error(format!(
                        "cannot convert '{}' object to {what}",
                        other.type_name()
                    ))
                } else {
                    e
                }
            })?;
            let mut out = Vec::with_capacity(items.len());
            for x in &items {
                match index_value(x) {
                    Some(Ok(i)) if (0..256).contains(&i) => out.push(i as u8),
                    Some(Ok(_)) => {
                        return Err(Exc::value_error("bytes must be in range(0, 256)"));
                    }
                    Some(Err(e)) => return Err(e),
                    None => {
                        return Err(Exc::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            x.type_name()
                        )));
                    }
                }
            }
            Ok(out)
        }
    }
}
