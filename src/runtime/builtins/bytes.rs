//! The methods of `bytes` and `bytearray` (CPython's `Objects/bytes_methods.c`,
//! `bytesobject.c`, `bytearrayobject.c`): the searching, splitting and case
//! methods both share, and the list-like mutators of `bytearray`.

use std::cell::RefCell;
use std::rc::Rc;

use super::methods::b_decode;
use super::*;

builtins! { BYTES_METHODS:
    "decode" => b_decode, "hex" => by_hex, "count" => by_count, "find" => by_find,
    "rfind" => by_rfind, "index" => by_index, "rindex" => by_rindex,
    "startswith" => by_startswith, "endswith" => by_endswith, "join" => by_join,
    "split" => by_split, "strip" => by_strip, "lstrip" => by_lstrip, "rstrip" => by_rstrip,
    "upper" => by_upper, "lower" => by_lower, "replace" => by_replace,
    "isdigit" => by_isdigit, "isalpha" => by_isalpha, "isalnum" => by_isalnum,
    "isspace" => by_isspace, "isupper" => by_isupper, "islower" => by_islower,
}

builtins! { BYTEARRAY_METHODS:
    "append" => ba_append, "extend" => ba_extend, "pop" => ba_pop, "insert" => ba_insert,
    "remove" => ba_remove, "reverse" => ba_reverse, "clear" => ba_clear, "copy" => ba_copy,
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`.
pub static BYTES_FROMHEX: Builtin = Builtin {
    name: "fromhex",
    func: |vm, a, _| {
        let value = Value::Bytes(from_hex(&a[1..])?.into());
        super::for_class(vm, &a[0], TypeKind::Bytes, value)
    },
};

/// `bytearray.fromhex(s)`.
pub static BYTEARRAY_FROMHEX: Builtin = Builtin {
    name: "fromhex",
    func: |vm, a, _| {
        let value = Value::bytearray(from_hex(&a[1..])?);
        super::for_class(vm, &a[0], TypeKind::ByteArray, value)
    },
};

fn from_hex(a: &[Value]) -> R<Vec<u8>> {
    let s = match a {
        [Value::Str(s)] => s.as_str(),
        [other] => {
            return Err(Exc::type_error(format!(
                "fromhex() argument must be str, not {}",
                other.type_name()
            )));
        }
        _ => {
            return Err(Exc::type_error(format!(
                "fromhex() takes exactly one argument ({} given)",
                a.len()
            )));
        }
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |at: usize| {
        Exc::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// The receiver's bytes.
fn data(a: &[Value]) -> Vec<u8> {
    a[0].byte_data().map(|d| d.into_owned()).unwrap_or_default()
}

/// A result of the receiver's type.
fn like(recv: &Value, d: Vec<u8>) -> Value {
    match recv {
        Value::ByteArray(_) => Value::bytearray(d),
        _ => Value::Bytes(d.into()),
    }
}

fn owner(recv: &Value) -> &'static str {
    match recv {
        Value::ByteArray(_) => "bytearray",
        _ => "bytes",
    }
}

/// A bytes-like argument, or CPython's error naming what was given.
fn bytes_arg(v: &Value) -> R<Vec<u8>> {
    v.byte_data().map(|d| d.into_owned()).ok_or_else(|| {
        Exc::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

/// The needle of a search: bytes-like, or an int as one byte.
fn needle(v: &Value) -> R<Vec<u8>> {
    if let Some(d) = v.byte_data() {
        return Ok(d.into_owned());
    }
    match index_value(v) {
        Some(i) => {
            let i = i?;
            u8::try_from(i)
                .map(|b| vec![b])
                .map_err(|_| Exc::value_error("byte must be in range(0, 256)"))
        }
        None => Err(Exc::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            v.type_name()
        ))),
    }
}

/// Where `sub` occurs in the `[start:end]` window, from the left or right.
fn search(a: &[Value], name: &str, right: bool) -> R<Option<usize>> {
    method_arity(owner(&a[0]), name, a, 1, 3)?;
    let hay = data(a);
    let sub = needle(&a[1])?;
    let (start, end) = search_bounds(a, 2, hay.len())?;
    if start > end {
        return Ok(None);
    }
    let window = &hay[start as usize..end as usize];
    if sub.len() > window.len() {
        return Ok(None);
    }
    let mut hits = (0..=window.len() - sub.len()).filter(|&i| window[i..].starts_with(&sub));
    let hit = if right { hits.next_back() } else { hits.next() };
    Ok(hit.map(|i| i + start as usize))
}

fn by_find(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(Value::Int(
        search(a, "find", false)?.map_or(-1, |i| i as i64),
    ))
}

fn by_rfind(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(Value::Int(
        search(a, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}

fn by_index(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    search(a, "index", false)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| Exc::value_error("subsection not found"))
}

fn by_rindex(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    search(a, "rindex", true)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| Exc::value_error("subsection not found"))
}

fn by_count(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity(owner(&a[0]), "count", a, 1, 3)?;
    let hay = data(a);
    let sub = needle(&a[1])?;
    let (start, end) = search_bounds(a, 2, hay.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let window = &hay[start as usize..end as usize];
    if sub.is_empty() {
        return Ok(Value::Int(window.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while i + sub.len() <= window.len() {
        if window[i..].starts_with(&sub) {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `startswith`/`endswith`: a bytes-like prefix or a tuple of them.
fn affix(a: &[Value], name: &str, end: bool) -> R<Value> {
    method_arity(owner(&a[0]), name, a, 1, 3)?;
    let hay = data(a);
    let (start, stop) = search_bounds(a, 2, hay.len())?;
    if start > stop {
        return Ok(Value::Bool(false));
    }
    let window = &hay[start as usize..stop as usize];
    let test = |v: &Value| -> R<bool> {
        let p = v.byte_data().ok_or_else(|| {
            Exc::type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                v.type_name()
            ))
        })?;
        Ok(if end {
            window.ends_with(&p)
        } else {
            window.starts_with(&p)
        })
    };
    match &a[1] {
        Value::Tuple(items) => {
            for x in items.iter() {
                if test(x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Ok(Value::Bool(test(other)?)),
    }
}

fn by_startswith(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    affix(a, "startswith", false)
}

fn by_endswith(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    affix(a, "endswith", true)
}

fn by_hex(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity(owner(&a[0]), "hex", a, 0, 2)?;
    let d = data(a);
    let sep = match a.get(1) {
        None => None,
        Some(Value::Str(s)) if s.as_str().chars().count() == 1 => s.as_str().chars().next(),
        Some(v) if v.byte_data().is_some_and(|b| b.len() == 1) => {
            Some(v.byte_data().expect("checked")[0] as char)
        }
        Some(_) => return Err(Exc::value_error("sep must be length 1.")),
    };
    let per = match a.get(2) {
        Some(v) => index_value(v).unwrap_or(Ok(1))?,
        None => 1,
    };
    let hex: Vec<String> = d.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0) else {
        return Ok(Value::str(&hex.concat()));
    };
    // Groups of `per` bytes, counted from the right (from the left when negative).
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let first = hex.len() % n;
        if first > 0 {
            groups.push(hex[..first].concat());
        }
        groups.extend(hex[first..].chunks(n).map(|c| c.concat()));
    } else {
        groups.extend(hex.chunks(n).map(|c| c.concat()));
    }
    Ok(Value::str(&groups.join(&sep.to_string())))
}

fn by_join(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity(owner(&a[0]), "join", a, 1, 1)?;
    let sep = data(a);
    let mut out = Vec::new();
    for (i, item) in vm.iterate(&a[1])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        let d = item.byte_data().ok_or_else(|| {
            Exc::type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                item.type_name()
            ))
        })?;
        out.extend_from_slice(&d);
    }
    Ok(like(&a[0], out))
}

fn by_split(_: &Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    method_arity(owner(&a[0]), "split", a, 0, 2)?;
    let d = data(a);
    let mut sep = a.get(1).cloned().unwrap_or(Value::None);
    let mut max = a.get(2).cloned().unwrap_or(Value::Int(-1));
    for (k, v) in kwargs {
        match k.as_str() {
            "sep" => sep = v.clone(),
            "maxsplit" => max = v.clone(),
            other => {
                return Err(Exc::type_error(format!(
                    "split() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let max = index_value(&max).unwrap_or(Ok(-1))?;
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match &sep {
        Value::None => {
            let mut rest: &[u8] = &d;
            loop {
                let start = rest.iter().position(|b| !b.is_ascii_whitespace());
                let Some(start) = start else { break };
                rest = &rest[start..];
                if max >= 0 && parts.len() as i64 == max {
                    let end = rest
                        .iter()
                        .rposition(|b| !b.is_ascii_whitespace())
                        .map_or(0, |e| e + 1);
                    parts.push(rest[..end].to_vec());
                    break;
                }
                let end = rest
                    .iter()
                    .position(u8::is_ascii_whitespace)
                    .unwrap_or(rest.len());
                parts.push(rest[..end].to_vec());
                rest = &rest[end..];
            }
        }
        s => {
            let s = bytes_arg(s)?;
            if s.is_empty() {
                return Err(Exc::value_error("empty separator"));
            }
            let mut rest: &[u8] = &d;
            loop {
                let hit = (max < 0 || (parts.len() as i64) < max)
                    .then(|| {
                        (0..=rest.len().saturating_sub(s.len()))
                            .find(|&i| rest[i..].starts_with(&s))
                    })
                    .flatten()
                    .filter(|_| rest.len() >= s.len());
                match hit {
                    Some(i) => {
                        parts.push(rest[..i].to_vec());
                        rest = &rest[i + s.len()..];
                    }
                    None => {
                        parts.push(rest.to_vec());
                        break;
                    }
                }
            }
        }
    }
    Ok(Value::list(
        parts.into_iter().map(|p| like(&a[0], p)).collect(),
    ))
}

/// `strip`, `lstrip`, `rstrip`: ASCII whitespace or the given bytes.
fn strip(a: &[Value], name: &str, left: bool, right: bool) -> R<Value> {
    method_arity(owner(&a[0]), name, a, 0, 1)?;
    let d = data(a);
    let set: Option<Vec<u8>> = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(v)?),
    };
    let strip_it = |b: &u8| match &set {
        None => b.is_ascii_whitespace(),
        Some(s) => s.contains(b),
    };
    let start = if left {
        d.iter().position(|b| !strip_it(b)).unwrap_or(d.len())
    } else {
        0
    };
    let end = if right {
        d.iter()
            .rposition(|b| !strip_it(b))
            .map_or(start, |e| e + 1)
    } else {
        d.len()
    };
    Ok(like(&a[0], d[start..end.max(start)].to_vec()))
}

fn by_strip(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    strip(a, "strip", true, true)
}

fn by_lstrip(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    strip(a, "lstrip", true, false)
}

fn by_rstrip(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    strip(a, "rstrip", false, true)
}

fn by_upper(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity(owner(&a[0]), "upper", a, 0, 0)?;
    Ok(like(&a[0], data(a).to_ascii_uppercase()))
}

fn by_lower(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity(owner(&a[0]), "lower", a, 0, 0)?;
    Ok(like(&a[0], data(a).to_ascii_lowercase()))
}

fn by_replace(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity(owner(&a[0]), "replace", a, 2, 3)?;
    let d = data(a);
    let old = bytes_arg(&a[1])?;
    let new = bytes_arg(&a[2])?;
    let mut left = match a.get(3) {
        Some(v) => index_value(v).unwrap_or(Ok(-1))?,
        None => -1,
    };
    let mut out = Vec::with_capacity(d.len());
    let mut i = 0;
    while i <= d.len() {
        if left != 0 && d[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            left -= 1;
            if old.is_empty() {
                if i < d.len() {
                    out.push(d[i]);
                }
                i += 1;
            } else {
                i += old.len();
            }
        } else {
            if i < d.len() {
                out.push(d[i]);
            }
            i += 1;
        }
    }
    Ok(like(&a[0], out))
}

/// A predicate over every byte (false for no bytes).
fn all_bytes(a: &[Value], name: &str, pred: fn(&u8) -> bool) -> R<Value> {
    method_arity(owner(&a[0]), name, a, 0, 0)?;
    let d = data(a);
    Ok(Value::Bool(!d.is_empty() && d.iter().all(pred)))
}

fn by_isdigit(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    all_bytes(a, "isdigit", u8::is_ascii_digit)
}

fn by_isalpha(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    all_bytes(a, "isalpha", u8::is_ascii_alphabetic)
}

fn by_isalnum(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    all_bytes(a, "isalnum", u8::is_ascii_alphanumeric)
}

fn by_isspace(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    all_bytes(a, "isspace", u8::is_ascii_whitespace)
}

/// A test of one byte.
type BytePredicate = fn(&u8) -> bool;

/// `isupper`/`islower`: some cased byte, and none of the other case.
fn cased(a: &[Value], name: &str, upper: bool) -> R<Value> {
    method_arity(owner(&a[0]), name, a, 0, 0)?;
    let d = data(a);
    let (want, other) = if upper {
        (
            u8::is_ascii_uppercase as BytePredicate,
            u8::is_ascii_lowercase as BytePredicate,
        )
    } else {
        (
            u8::is_ascii_lowercase as BytePredicate,
            u8::is_ascii_uppercase as BytePredicate,
        )
    };
    Ok(Value::Bool(d.iter().any(want) && !d.iter().any(other)))
}

fn by_isupper(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    cased(a, "isupper", true)
}

fn by_islower(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    cased(a, "islower", false)
}

/// The receiver of a bytearray method.
fn array(a: &[Value]) -> &Rc<RefCell<Vec<u8>>> {
    match &a[0] {
        Value::ByteArray(b) => b,
        _ => unreachable!("bytearray methods are found on bytearrays"),
    }
}

/// An int argument as one byte, with CPython's errors.
fn byte_arg(v: &Value) -> R<u8> {
    match index_value(v) {
        Some(i) => u8::try_from(i?).map_err(|_| Exc::value_error("byte must be in range(0, 256)")),
        None => Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

fn ba_append(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("bytearray", "append", a, 1, 1)?;
    let b = byte_arg(&a[1])?;
    array(a).borrow_mut().push(b);
    Ok(Value::None)
}

fn ba_extend(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("bytearray", "extend", a, 1, 1)?;
    let more = match a[1].byte_data() {
        Some(d) => d.into_owned(),
        None => {
            let items = vm.iterate(&a[1]).map_err(|e| {
                if e.is(ExcType::TypeError) {
                    Exc::type_error(format!("can't extend bytearray with {}", a[1].type_name()))
                } else {
                    e
                }
            })?;
            items.iter().map(byte_arg).collect::<R<_>>()?
        }
    };
    array(a).borrow_mut().extend(more);
    Ok(Value::None)
}

fn ba_pop(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("bytearray", "pop", a, 0, 1)?;
    let mut b = array(a).borrow_mut();
    if b.is_empty() {
        return Err(Exc::new(ExcType::IndexError, "pop from empty bytearray"));
    }
    let i = match a.get(1) {
        Some(v) => index_value(v).unwrap_or(Ok(-1))?,
        None => -1,
    };
    let len = b.len() as i64;
    let at = if i < 0 { i + len } else { i };
    if !(0..len).contains(&at) {
        return Err(Exc::new(ExcType::IndexError, "pop index out of range"));
    }
    Ok(Value::Int(b.remove(at as usize) as i64))
}

fn ba_insert(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("bytearray", "insert", a, 2, 2)?;
    let i = index_value(&a[1]).unwrap_or_else(|| {
        Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            a[1].type_name()
        )))
    })?;
    let x = byte_arg(&a[2])?;
    let mut b = array(a).borrow_mut();
    let len = b.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    b.insert(at as usize, x);
    Ok(Value::None)
}

fn ba_remove(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("bytearray", "remove", a, 1, 1)?;
    let x = byte_arg(&a[1])?;
    let mut b = array(a).borrow_mut();
    match b.iter().position(|&y| y == x) {
        Some(i) => {
            b.remove(i);
            Ok(Value::None)
        }
        None => Err(Exc::value_error("value not found in bytearray")),
    }
}

fn ba_reverse(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("bytearray", "reverse", a, 0, 0)?;
    array(a).borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_clear(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("bytearray", "clear", a, 0, 0)?;
    array(a).borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("bytearray", "copy", a, 0, 0)?;
    Ok(Value::bytearray(array(a).borrow().clone()))
}
