//! The methods of `list`, `tuple` and `dict`, and the method tables of every
//! built-in type (CPython's `Objects/listobject.c`, `dictobject.c`).

use std::cell::RefCell;
use std::rc::Rc;

use super::*;

use super::strings::STR_METHODS;

builtins! { LIST_METHODS:
    "append" => l_append, "pop" => l_pop, "insert" => l_insert, "index" => l_index, "count" => l_count,
    "reverse" => l_reverse, "sort" => l_sort, "extend" => l_extend, "copy" => l_copy, "clear" => l_clear,
    "remove" => l_remove,
}

builtins! { DICT_METHODS:
    "get" => d_get, "keys" => d_keys, "values" => d_values, "items" => d_items, "pop" => d_pop,
    "setdefault" => d_setdefault, "update" => d_update, "copy" => d_copy, "clear" => d_clear,
    "popitem" => d_popitem, "fromkeys" => d_fromkeys_bound,
}

builtins! { INT_METHODS:
    "bit_length" => i_bit_length, "bit_count" => i_bit_count, "conjugate" => n_conjugate,
    "as_integer_ratio" => i_as_integer_ratio, "is_integer" => i_is_integer,
    "to_bytes" => i_to_bytes,
}

builtins! { FLOAT_METHODS:
    "is_integer" => f_is_integer, "conjugate" => n_conjugate,
    "as_integer_ratio" => f_as_integer_ratio, "hex" => f_hex,
}

builtins! { TYPE_METHODS:
    "__init__" => ty_init, "__call__" => ty_call, "mro" => ty_mro,
    "__subclasses__" => ty_subclasses,
}

/// `type.__init__(cls, *args, **kwds)`: the class is made already.
fn ty_init(_: &Vm, _: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(Value::None)
}

/// The class a `type` method was called on.
fn class_arg<'a>(a: &'a [Value], name: &str) -> R<&'a Rc<object::Class>> {
    match a.first() {
        Some(Value::Class(c)) => Ok(c),
        Some(other) => Err(Exc::type_error(format!(
            "descriptor '{name}' for 'type' objects doesn't apply to a '{}' object",
            other.type_name()
        ))),
        None => Err(Exc::type_error(format!(
            "descriptor '{name}' of 'type' object needs an argument"
        ))),
    }
}

/// `type.__call__(cls, *args, **kwds)`: makes an instance, bypassing any
/// metaclass `__call__` (what `super().__call__` reaches).
fn ty_call(vm: &Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    if let Some(t @ Value::Type(_)) = a.first() {
        return vm.call(t, a[1..].to_vec(), kwargs.to_vec());
    }
    let class = class_arg(a, "__call__")?;
    object::instantiate(vm, class, a[1..].to_vec(), kwargs.to_vec())
}

/// `type.__subclasses__(cls)`: the live classes that derive from it directly.
fn ty_subclasses(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let class = class_arg(a, "__subclasses__")?;
    let subs = class.subclasses.borrow();
    Ok(Value::list(
        subs.iter()
            .filter_map(|w| w.upgrade())
            .map(Value::Class)
            .collect(),
    ))
}

/// `type.mro(cls)`: the method resolution order as a list.
fn ty_mro(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let class = class_arg(a, "mro")?;
    Ok(Value::list(class.full_mro()))
}

builtins! { SLICE_METHODS:
    "indices" => sl_indices,
}

/// `slice.indices(length)`: the bounds resolved against a length.
fn sl_indices(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("slice", "indices", a, 1, 1)?;
    let Value::Slice(s) = &a[0] else {
        unreachable!("slice methods are found on slices")
    };
    let len = crate::runtime::ops::index_arg(&a[1])?;
    if len < 0 {
        return Err(Exc::value_error("length should not be negative"));
    }
    let (start, stop, step) = crate::runtime::ops::slice_indices(s, len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

/// `bytes.decode(encoding='utf-8', errors='strict')` for UTF-8, ASCII and
/// Latin-1, with CPython's `UnicodeDecodeError` messages.
pub(super) fn b_decode(_: &Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    method_arity("bytes", "decode", a, 0, 2)?;
    let data = a[0]
        .byte_data()
        .expect("bytes methods are found on bytes-like values");
    let (encoding, errors) = super::strmore::codec_args(a, kwargs, "decode")?;
    let norm = encoding.to_ascii_lowercase().replace('_', "-");
    let fail = |codec: &str, at: usize, end: usize, why: &str| {
        let what = if end > at + 1 {
            format!("bytes in position {at}-{}", end - 1)
        } else {
            format!("byte 0x{:02x} in position {at}", data[at])
        };
        Exc::new(
            ExcType::UnicodeDecodeError,
            format!("'{codec}' codec can't decode {what}: {why}"),
        )
    };
    let mut out = String::with_capacity(data.len());
    match norm.as_str() {
        "utf-8" | "utf8" => {
            let mut rest: &[u8] = &data;
            let mut at = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let bad = e.error_len().unwrap_or(rest.len() - good);
                        match errors.as_str() {
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            _ => {
                                let why = match e.error_len() {
                                    None => "unexpected end of data",
                                    Some(_) if rest[good] >= 0x80 && rest[good] < 0xc2 => {
                                        "invalid start byte"
                                    }
                                    Some(_) if rest[good] > 0xf4 => "invalid start byte",
                                    Some(_) => "invalid continuation byte",
                                };
                                let end = if e.error_len().is_none() {
                                    at + good + bad
                                } else {
                                    at + good + 1
                                };
                                return Err(fail("utf-8", at + good, end, why));
                            }
                        }
                        at += good + bad;
                        rest = &rest[good + bad..];
                    }
                }
            }
        }
        "ascii" | "us-ascii" => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    match errors.as_str() {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => return Err(fail("ascii", i, i + 1, "ordinal not in range(128)")),
                    }
                }
            }
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
            out.extend(data.iter().map(|&b| b as char));
        }
        _ => {
            return Err(Exc::new(
                ExcType::LookupError,
                format!("unknown encoding: {encoding}"),
            ));
        }
    }
    Ok(Value::str(&out))
}

builtins! { COMPLEX_METHODS:
    "conjugate" => c_conjugate,
}

pub(super) fn d_popitem(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "popitem", a, 0, 0)?;
    let last = dict_of(&a[0]).borrow_mut().pop();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k.value().clone(), v])),
        None => Err(Exc::new(
            ExcType::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

/// `cls.fromkeys(iterable, value=None)`: a dict built directly for `dict`,
/// otherwise `cls()` filled through its `__setitem__`, as CPython does.
pub(super) fn fromkeys(vm: &Vm, cls: &Value, a: &[Value]) -> R<Value> {
    if a.is_empty() || a.len() > 2 {
        return Err(Exc::type_error(format!(
            "fromkeys expected at {}, got {}",
            if a.is_empty() {
                "least 1 argument"
            } else {
                "most 2 arguments"
            },
            a.len()
        )));
    }
    let value = a.get(1).cloned().unwrap_or(Value::None);
    if !matches!(cls, Value::Type(TypeKind::Dict)) {
        let d = vm.call(cls, Vec::new(), Vec::new())?;
        for k in vm.iterate(&a[0])? {
            crate::runtime::ops::setitem(&d, &k, value.clone())?;
        }
        return Ok(d);
    }
    let mut d = Dict::default();
    for k in vm.iterate(&a[0])? {
        d.insert(HashKey::new(k)?, value.clone());
    }
    Ok(Value::dict(d))
}

fn d_fromkeys_bound(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    fromkeys(vm, &Value::Type(TypeKind::Dict), &a[1..])
}

/// `dict.fromkeys`, bound to the class it is looked up on.
pub static DICT_FROMKEYS: Builtin = Builtin {
    name: "fromkeys",
    func: |vm, a, _| fromkeys(vm, &a[0], &a[1..]),
};

fn int_of(v: &Value) -> BigInt {
    as_bigint(v).unwrap_or_default()
}

fn i_bit_length(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("int", "bit_length", a, 0, 0)?;
    Ok(Value::Int(int_of(&a[0]).bits() as i64))
}

fn i_bit_count(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("int", "bit_count", a, 0, 0)?;
    let n = int_of(&a[0]);
    Ok(Value::Int(
        n.magnitude()
            .to_u64_digits()
            .iter()
            .map(|d| d.count_ones() as i64)
            .sum(),
    ))
}

fn n_conjugate(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity(&a[0].type_name(), "conjugate", a, 0, 0)?;
    Ok(match &a[0] {
        Value::Bool(b) => Value::Int(*b as i64),
        v => v.clone(),
    })
}

fn c_conjugate(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("complex", "conjugate", a, 0, 0)?;
    match &a[0] {
        Value::Complex(r, i) => Ok(Value::Complex(*r, -i)),
        v => Ok(v.clone()),
    }
}

fn i_as_integer_ratio(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("int", "as_integer_ratio", a, 0, 0)?;
    Ok(Value::tuple(vec![Value::int(int_of(&a[0])), Value::Int(1)]))
}

fn i_is_integer(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("int", "is_integer", a, 0, 0)?;
    Ok(Value::Bool(true))
}

fn i_to_bytes(vm: &Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    method_arity("int", "to_bytes", a, 0, 2)?;
    let mut length = a.get(1).cloned().unwrap_or(Value::Int(1));
    let mut order = a.get(2).cloned().unwrap_or(Value::str("big"));
    let mut signed = Value::Bool(false);
    for (k, v) in kwargs {
        match k.as_str() {
            "length" => length = v.clone(),
            "byteorder" => order = v.clone(),
            "signed" => signed = v.clone(),
            other => {
                return Err(Exc::type_error(format!(
                    "to_bytes() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let length = index_value(&length).unwrap_or(Ok(1))?;
    if length < 0 {
        return Err(Exc::value_error("length argument must be non-negative"));
    }
    let little = match order.str_like() {
        Some("little") => true,
        Some("big") => false,
        _ => {
            return Err(Exc::value_error(
                "byteorder must be either 'little' or 'big'",
            ));
        }
    };
    let signed = vm.truthy(&signed)?;
    let n = int_of(&a[0]);
    if !signed && n.sign() == num_bigint::Sign::Minus {
        return Err(Exc::new(
            ExcType::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = n.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if n.sign() == num_bigint::Sign::NoSign {
        bytes.clear();
    }
    if bytes.len() > length as usize {
        return Err(Exc::new(ExcType::OverflowError, "int too big to convert"));
    }
    let fill = if n.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(bytes.into()))
}

fn float_of(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

fn f_is_integer(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("float", "is_integer", a, 0, 0)?;
    let f = float_of(&a[0]);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn f_as_integer_ratio(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("float", "as_integer_ratio", a, 0, 0)?;
    let f = float_of(&a[0]);
    if f.is_nan() {
        return Err(Exc::value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(Exc::new(
            ExcType::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    // f = mantissa * 2**exp exactly, with an odd (or zero) mantissa.
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    if mant == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    let mut num = BigInt::from(mant);
    if f < 0.0 {
        num = -num;
    }
    let (num, den) = if exp >= 0 {
        (num << exp as usize, BigInt::from(1))
    } else {
        (num, BigInt::from(1) << (-exp) as usize)
    };
    Ok(Value::tuple(vec![Value::int(num), Value::int(den)]))
}

fn f_hex(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("float", "hex", a, 0, 0)?;
    Ok(Value::str(&float_hex(float_of(&a[0]))))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, CPython's form.
pub fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

builtins! { TUPLE_METHODS:
    "index" => l_index, "count" => l_count,
}

/// The built-in method `name` of `v`'s type, if any.
pub fn find_method(v: &Value, name: &str) -> Option<&'static Builtin> {
    methods_of(v.type_kind()).find(|b| b.name == name)
}

/// The methods of a built-in type: its own table, then the table it shares
/// with another type (`bytearray` has the methods of `bytes`).
pub fn methods_of(kind: TypeKind) -> impl Iterator<Item = &'static Builtin> {
    let shared: &'static [Builtin] = match kind {
        TypeKind::ByteArray => super::bytes::BYTES_METHODS,
        _ => &[],
    };
    own_methods(kind).iter().chain(shared)
}

/// The method table a built-in type defines itself.
fn own_methods(kind: TypeKind) -> &'static [Builtin] {
    match kind {
        TypeKind::List => LIST_METHODS,
        TypeKind::Dict => DICT_METHODS,
        TypeKind::Str => STR_METHODS,
        TypeKind::Tuple => TUPLE_METHODS,
        TypeKind::Set => super::sets::SET_METHODS,
        TypeKind::Generator => crate::vm::generator::GENERATOR_METHODS,
        TypeKind::Coroutine => crate::vm::generator::COROUTINE_METHODS,
        TypeKind::FrozenSet => super::sets::FROZENSET_METHODS,
        TypeKind::Int | TypeKind::Bool => INT_METHODS,
        TypeKind::Float => FLOAT_METHODS,
        TypeKind::Complex => COMPLEX_METHODS,
        TypeKind::Bytes => super::bytes::BYTES_METHODS,
        TypeKind::ByteArray => super::bytes::BYTEARRAY_METHODS,
        TypeKind::Slice => SLICE_METHODS,
        TypeKind::Type => TYPE_METHODS,
        TypeKind::Iterator(_) => ITERATOR_METHODS,
        TypeKind::Range => RANGE_METHODS,
        TypeKind::DictKeys | TypeKind::DictItems => SET_VIEW_METHODS,
        TypeKind::DictValues => VALUES_VIEW_METHODS,
        TypeKind::MappingProxy => PROXY_METHODS,
        _ => &[],
    }
}

builtins! { SET_VIEW_METHODS:
    "isdisjoint" => v_isdisjoint, "__reversed__" => v_reversed,
}

builtins! { VALUES_VIEW_METHODS:
    "__reversed__" => v_reversed,
}

builtins! { PROXY_METHODS:
    "get" => d_get, "keys" => d_keys, "values" => d_values, "items" => d_items,
    "copy" => d_copy, "__reversed__" => v_reversed,
}

fn view_of(v: &Value) -> &DictView {
    match v {
        Value::DictView(d) => d,
        _ => unreachable!("view method called on a view"),
    }
}

/// `view.isdisjoint(other)`: whether no element of `other` is in the view.
fn v_isdisjoint(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let view = view_of(&a[0]);
    method_arity(view.type_name(), "isdisjoint", a, 1, 1)?;
    for x in vm.iterate(&a[1])? {
        if contains(&a[0], &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `reversed(view)`.
fn v_reversed(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let view = view_of(&a[0]);
    method_arity(view.type_name(), "__reversed__", a, 0, 0)?;
    Ok(Value::Iter(Rc::new(RefCell::new(dict_iter(
        &view.dict, view.kind, true,
    )))))
}

builtins! { RANGE_METHODS:
    "index" => r_index, "count" => r_count,
}

/// The positions of `x` in a range: at most one for an int, found by
/// equality for anything else.
fn range_positions(r: &Value, x: &Value) -> R<Vec<usize>> {
    let Value::Range(range) = r else {
        unreachable!("range method called on a range")
    };
    if let Value::Int(_) | Value::Bool(_) = x {
        let i = match x {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => unreachable!("matched ints"),
        };
        return Ok(if contains(r, &Value::Int(i))? {
            vec![((i - range.start) / range.step) as usize]
        } else {
            Vec::new()
        });
    }
    let mut out = Vec::new();
    for (n, v) in iterate_plain(r)?.iter().enumerate() {
        if py_eq(v, x)? {
            out.push(n);
        }
    }
    Ok(out)
}

fn r_index(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    if a.len() != 2 {
        return Err(Exc::type_error(format!(
            "range.index() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    match range_positions(&a[0], &a[1])?.first() {
        Some(&n) => Ok(Value::Int(n as i64)),
        None if matches!(a[1], Value::Int(_) | Value::Bool(_)) => Err(Exc::value_error(format!(
            "{} is not in range",
            repr(&a[1])?
        ))),
        None => Err(Exc::value_error("sequence.index(x): x not in sequence")),
    }
}

fn r_count(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    if a.len() != 2 {
        return Err(Exc::type_error(format!(
            "range.count() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    Ok(Value::Int(range_positions(&a[0], &a[1])?.len() as i64))
}

builtins! { ITERATOR_METHODS:
    "__next__" => it_next, "__iter__" => it_iter, "__length_hint__" => it_length_hint,
}

/// `it.__length_hint__()`: how many items are left, for the iterators over
/// containers; `NotImplemented` (no hint) for the others.
fn it_length_hint(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity(&a[0].type_name(), "__length_hint__", a, 0, 0)?;
    let Value::Iter(it) = &a[0] else {
        return Ok(Value::NotImplemented);
    };
    let left = match &*it.borrow() {
        Iter::List(l, i) => l.borrow().len().saturating_sub(*i),
        Iter::ListRev(l, i) => (*i).min(l.borrow().len()),
        Iter::Tuple(t, i) | Iter::Values(t, i) => t.len().saturating_sub(*i),
        Iter::Bytes(b, i) => b.len().saturating_sub(*i),
        Iter::ByteArray(b, i) => b.borrow().len().saturating_sub(*i),
        Iter::Str(s, i) => s.as_str()[*i..].chars().count(),
        Iter::Range(_, _, left) => (*left).max(0) as usize,
        Iter::Dict(d) => match d.size {
            Some(n) if n == d.dict.borrow().len() => n - d.done,
            _ => 0,
        },
        Iter::Set(s) => match &s.set {
            Value::Set(set) => set.borrow().count_from(s.pos),
            Value::FrozenSet(set) => set.count_from(s.pos),
            _ => 0,
        },
        _ => return Ok(Value::NotImplemented),
    };
    Ok(Value::Int(left as i64))
}

/// `it.__next__()` of a built-in iterator: `StopIteration` at the end.
fn it_next(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity(&a[0].type_name(), "__next__", a, 0, 0)?;
    next_of(&a[0])?.ok_or_else(|| Exc::new(ExcType::StopIteration, ""))
}

/// `it.__iter__()`: an iterator is its own iterator.
fn it_iter(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity(&a[0].type_name(), "__iter__", a, 0, 0)?;
    Ok(a[0].clone())
}

pub(super) fn list_of(v: &Value) -> &Rc<RefCell<Vec<Value>>> {
    match v {
        Value::List(l) => l,
        _ => unreachable!("list method called on a list"),
    }
}

pub(super) fn l_append(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "append", a, 1, 1)?;
    list_of(&a[0]).borrow_mut().push(a[1].clone());
    Ok(Value::None)
}

pub(super) fn l_pop(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "pop", a, 0, 1)?;
    // The index is computed before the list is borrowed: `__index__` may
    // look at the list.
    let i = a.get(1).map(crate::runtime::ops::index_arg).transpose()?;
    let mut l = list_of(&a[0]).borrow_mut();
    if l.is_empty() {
        return Err(Exc::new(ExcType::IndexError, "pop from empty list"));
    }
    let n = l.len() as i64;
    let i = i.unwrap_or(n - 1);
    let i = if i < 0 { i + n } else { i };
    if !(0..n).contains(&i) {
        return Err(Exc::new(ExcType::IndexError, "pop index out of range"));
    }
    Ok(l.remove(i as usize))
}

pub(super) fn l_insert(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "insert", a, 2, 2)?;
    let i = crate::runtime::ops::index_arg(&a[1])?;
    let mut l = list_of(&a[0]).borrow_mut();
    let n = l.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(i as usize, a[2].clone());
    Ok(Value::None)
}

pub(super) fn seq_items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    }
}

pub(super) fn l_index(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity(&a[0].type_name(), "index", a, 1, 3)?;
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

pub(super) fn l_count(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity(&a[0].type_name(), "count", a, 1, 1)?;
    let mut n = 0;
    for x in seq_items(&a[0]) {
        if is_same(&x, &a[1]) || py_eq(&x, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub(super) fn l_reverse(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "reverse", a, 0, 0)?;
    list_of(&a[0]).borrow_mut().reverse();
    Ok(Value::None)
}

pub(super) fn l_sort(vm: &Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    if a.len() > 1 {
        return Err(Exc::type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_kwargs("sort", kwargs)?;
    // The list is empty while it sorts (a key function or `__lt__` looking at
    // it sees `[]`); anything put in it meanwhile is thrown away and reported.
    let list = list_of(&a[0]);
    let mut items = std::mem::take(&mut *list.borrow_mut());
    let r = sort_values(vm, &mut items, key.as_ref(), reverse);
    let meanwhile = std::mem::replace(&mut *list.borrow_mut(), items);
    let modified = meanwhile.capacity() != 0;
    drop(meanwhile);
    r?;
    if modified {
        return Err(Exc::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

pub(super) fn l_extend(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "extend", a, 1, 1)?;
    let items = vm.iterate(&a[1])?;
    list_of(&a[0]).borrow_mut().extend(items);
    Ok(Value::None)
}

pub(super) fn l_copy(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "copy", a, 0, 0)?;
    Ok(Value::list(list_of(&a[0]).borrow().clone()))
}

pub(super) fn l_clear(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "clear", a, 0, 0)?;
    let items = std::mem::take(&mut *list_of(&a[0]).borrow_mut());
    // CPython releases the items last first.
    items.into_iter().rev().for_each(drop);
    Ok(Value::None)
}

pub(super) fn l_remove(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
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

pub(super) fn dict_of(v: &Value) -> &Rc<RefCell<Dict>> {
    match v {
        Value::Dict(d) => d,
        Value::DictView(p) => &p.dict,
        _ => unreachable!("dict method called on a dict"),
    }
}

pub(super) fn d_get(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "get", a, 1, 2)?;
    let k = HashKey::new(a[1].clone())?;
    Ok(dict_of(&a[0])
        .borrow()
        .get(&k)
        .cloned()
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_view(a: &[Value], name: &str, kind: ViewKind) -> R<Value> {
    method_arity("dict", name, a, 0, 0)?;
    Ok(Value::DictView(Rc::new(DictView {
        dict: dict_of(&a[0]).clone(),
        kind,
    })))
}

pub(super) fn d_keys(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    dict_view(a, "keys", ViewKind::Keys)
}

pub(super) fn d_values(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    dict_view(a, "values", ViewKind::Values)
}

pub(super) fn d_items(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    dict_view(a, "items", ViewKind::Items)
}

pub(super) fn d_pop(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "pop", a, 1, 2)?;
    let k = HashKey::new(a[1].clone())?;
    match dict_of(&a[0]).borrow_mut().shift_remove(&k) {
        Some(v) => Ok(v),
        None => a
            .get(2)
            .cloned()
            .ok_or_else(|| Exc::with_args(ExcType::KeyError, vec![a[1].clone()])),
    }
}

pub(super) fn d_setdefault(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "setdefault", a, 1, 2)?;
    let k = HashKey::new(a[1].clone())?;
    let default = a.get(2).cloned().unwrap_or(Value::None);
    Ok(dict_of(&a[0])
        .borrow_mut()
        .entry(k)
        .or_insert(default)
        .clone())
}

pub(super) fn d_update(vm: &Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "update", a, 0, 1)?;
    let other = construct(vm, TypeKind::Dict, &a[1..], kwargs)?;
    let other = dict_of(&other).borrow().clone();
    dict_of(&a[0]).borrow_mut().extend(other);
    Ok(Value::None)
}

pub(super) fn d_copy(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "copy", a, 0, 0)?;
    Ok(Value::dict(dict_of(&a[0]).borrow().clone()))
}

pub(super) fn d_clear(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "clear", a, 0, 0)?;
    dict_of(&a[0]).borrow_mut().clear();
    Ok(Value::None)
}
