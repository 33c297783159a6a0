//! Length, indexing, slicing, membership and iteration of built-in containers.

use std::cell::RefCell;
use std::rc::Rc;

use super::*;
use crate::runtime::object::{self, call_special, with_vm};
use crate::runtime::{DictIter, SetIter, ViewKind};

/// `len(v)`.
pub fn len(v: &Value) -> R<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.borrow().len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.borrow().len(),
        Value::Set(s) => s.borrow().len(),
        Value::FrozenSet(s) => s.len(),
        Value::Range(r) => r.len() as usize,
        Value::DictView(d) => d.dict.borrow().len(),
        Value::Instance(_) => return instance_len(v),
        Value::Class(_) if object::meta_defines(v, "__len__") => return instance_len(v),
        _ => {
            return Err(Exc::type_error(format!(
                "object of type '{}' has no len()",
                v.type_name()
            )));
        }
    })
}

/// Converts an index value to `i64` (`__index__` of built-ins).
/// `operator.index(v)`: the int itself, or what an instance's `__index__`
/// returns; `None` when `v` has no integer value.
/// A set looked up in a set stands for the equal frozenset (CPython retries
/// an unhashable set key that way in `in`, `remove` and `discard`).
pub fn set_key(v: &Value) -> std::borrow::Cow<'_, Value> {
    match v {
        Value::Set(s) => std::borrow::Cow::Owned(Value::FrozenSet(Rc::new(s.borrow().clone()))),
        _ => std::borrow::Cow::Borrowed(v),
    }
}

pub fn index_int(v: &Value) -> Option<R<Value>> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Some(Ok(v.clone())),
        Value::Bool(b) => Some(Ok(Value::Int(*b as i64))),
        Value::Instance(_) => {
            let r = with_vm(|vm| call_special(vm, v, "__index__", Vec::new()).transpose());
            match r {
                Ok(None) => None,
                Ok(Some(i @ (Value::Int(_) | Value::BigInt(_)))) => Some(Ok(i)),
                Ok(Some(Value::Bool(b))) => Some(Ok(Value::Int(b as i64))),
                Ok(Some(other)) => Some(Err(Exc::type_error(format!(
                    "__index__ returned non-int (type {})",
                    other.type_name()
                )))),
                Err(e) => Some(Err(e)),
            }
        }
        _ => None,
    }
}

/// An index argument (`list.pop(i)`): an int or an object with `__index__`,
/// else CPython's `TypeError`.
pub fn index_arg(v: &Value) -> R<i64> {
    index_value(v).unwrap_or_else(|| {
        Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )))
    })
}

pub fn index_value(v: &Value) -> Option<R<i64>> {
    Some(index_int(v)?.and_then(|i| match i {
        Value::Int(n) => Ok(n),
        _ => Err(Exc::new(
            ExcType::IndexError,
            "cannot fit 'int' into an index-sized integer",
        )),
    }))
}

pub(super) fn normalize(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

/// Resolves slice bounds against a length: (start, stop, step), CPython's `PySlice_AdjustIndices`.
pub fn slice_indices(s: &[Value; 3], len: usize) -> R<(i64, i64, i64)> {
    let get = |v: &Value| -> R<Option<i64>> {
        match v {
            Value::None => Ok(None),
            // Out-of-range bounds clamp (CPython's `_PyEval_SliceIndex`).
            Value::BigInt(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            })),
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

pub(super) fn slice_positions(s: &[Value; 3], len: usize) -> R<Vec<usize>> {
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

/// `items[key]` for a list or tuple (`kind`), a slice rebuilt by `make`.
fn seq_item(items: &[Value], key: &Value, kind: &str, make: fn(Vec<Value>) -> Value) -> R<Value> {
    if let Some(i) = index_value(key) {
        let i = i?;
        return normalize(i, items.len())
            .map(|i| items[i].clone())
            .ok_or_else(|| Exc::new(ExcType::IndexError, format!("{kind} index out of range")));
    }
    if let Value::Slice(s) = key {
        let picked = slice_positions(s, items.len())?;
        return Ok(make(picked.into_iter().map(|i| items[i].clone()).collect()));
    }
    Err(Exc::type_error(format!(
        "{kind} indices must be integers or slices, not {}",
        key.type_name()
    )))
}

/// `container[key]`.
pub fn getitem(container: &Value, key: &Value) -> R<Value> {
    if matches!(container, Value::Instance(_)) || object::meta_defines(container, "__getitem__") {
        return instance_item(container, key, None);
    }
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
        Value::List(l) => seq_item(&l.borrow(), key, "list", Value::list),
        Value::Tuple(t) => seq_item(t, key, "tuple", Value::tuple),
        Value::Str(s) => {
            if let Some(i) = seq_index(s.char_len(), "string")? {
                let c = if s.is_ascii() {
                    &s.as_str()[i..i + 1]
                } else {
                    let (b, ch) = s.as_str().char_indices().nth(i).expect("in range");
                    &s.as_str()[b..b + ch.len_utf8()]
                };
                return Ok(Value::Str(crate::runtime::char_str(c)));
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
        Value::ByteArray(b) => {
            let b = b.borrow();
            if let Some(i) = seq_index(b.len(), "bytearray index")? {
                return Ok(Value::Int(b[i] as i64));
            }
            if let Value::Slice(sl) = key {
                let picked = slice_positions(sl, b.len())?
                    .into_iter()
                    .map(|i| b[i])
                    .collect();
                return Ok(Value::bytearray(picked));
            }
            Err(Exc::type_error(format!(
                "bytearray indices must be integers or slices, not {}",
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
            // A slice of a range is a range over the selected positions.
            if let Value::Slice(sl) = key {
                let (start, stop, step) = slice_indices(sl, r.len() as usize)?;
                return Ok(Value::Range(Rc::new(Range {
                    start: r.start + start * r.step,
                    stop: r.start + stop * r.step,
                    step: r.step * step,
                })));
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
                .ok_or_else(|| Exc::with_args(ExcType::KeyError, vec![key.clone()]))
        }
        Value::DictView(d) if d.kind == ViewKind::Proxy => {
            getitem(&Value::Dict(d.dict.clone()), key)
        }
        Value::Type(_) => Ok(container.clone()),
        _ => Err(Exc::type_error(format!(
            "'{}' object is not subscriptable",
            container.type_name()
        ))),
    }
}

/// A list index for `l[i] = v` or `del l[i]`, or CPython's `IndexError`.
fn assignment_index(i: i64, len: usize) -> R<usize> {
    normalize(i, len)
        .ok_or_else(|| Exc::new(ExcType::IndexError, "list assignment index out of range"))
}

/// `del container[key]`.
pub fn delitem(container: &Value, key: &Value) -> R<()> {
    match container {
        Value::ByteArray(b) => bytearray_store(b, key, None),
        Value::Instance(_) => instance_item(container, key, Some(None)).map(|_| ()),
        Value::List(l) => match index_value(key) {
            Some(i) => {
                let i = i?;
                let mut l = l.borrow_mut();
                let i = assignment_index(i, l.len())?;
                let old = l.remove(i);
                drop(l);
                drop(old);
                Ok(())
            }
            None => {
                let Value::Slice(s) = key else {
                    return Err(Exc::type_error(format!(
                        "list indices must be integers or slices, not {}",
                        key.type_name()
                    )));
                };
                let len = l.borrow().len();
                let mut pos = slice_positions(s, len)?;
                pos.sort_unstable();
                let mut old = Vec::with_capacity(pos.len());
                let mut l = l.borrow_mut();
                for i in pos.into_iter().rev() {
                    old.push(l.remove(i));
                }
                drop(l);
                drop(old);
                Ok(())
            }
        },
        Value::Dict(d) => {
            let k = HashKey::new(key.clone())?;
            let old = d.borrow_mut().shift_remove(&k);
            old.map(drop)
                .ok_or_else(|| Exc::with_args(ExcType::KeyError, vec![key.clone()]))
        }
        // CPython words the slice case differently.
        _ => Err(Exc::type_error(format!(
            "'{}' object {} support item deletion",
            container.type_name(),
            if matches!(key, Value::Slice(_)) {
                "does not"
            } else {
                "doesn't"
            }
        ))),
    }
}

/// A byte from an int-like value, with CPython's errors.
fn byte_of(v: &Value) -> R<u8> {
    match index_value(v) {
        Some(i) => {
            let i = i?;
            u8::try_from(i).map_err(|_| Exc::value_error("byte must be in range(0, 256)"))
        }
        None => Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

/// `b[key] = value` or `del b[key]` for a bytearray: an index directly, a
/// slice through a list of its ints (the list's slice rules, then back).
fn bytearray_store(b: &Rc<RefCell<Vec<u8>>>, key: &Value, value: Option<Value>) -> R<()> {
    if let Some(i) = index_value(key) {
        let i = i?;
        let len = b.borrow().len();
        let i = normalize(i, len)
            .ok_or_else(|| Exc::new(ExcType::IndexError, "bytearray index out of range"))?;
        match value {
            Some(v) => b.borrow_mut()[i] = byte_of(&v)?,
            None => {
                b.borrow_mut().remove(i);
            }
        }
        return Ok(());
    }
    if !matches!(key, Value::Slice(_)) {
        return Err(Exc::type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            key.type_name()
        )));
    }
    let ints: Vec<Value> = b.borrow().iter().map(|&x| Value::Int(x as i64)).collect();
    let list = Value::list(ints);
    match value {
        Some(v) => {
            let items = match v.byte_data() {
                Some(d) => d.iter().map(|&x| Value::Int(x as i64)).collect(),
                None if matches!(v, Value::Int(_) | Value::Bool(_)) => {
                    return Err(Exc::type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    ));
                }
                None => {
                    let items = iterate_plain(&v)?;
                    for x in &items {
                        byte_of(x)?;
                    }
                    items
                }
            };
            setitem(&list, key, Value::list(items))?;
        }
        None => delitem(&list, key)?,
    }
    let Value::List(l) = &list else {
        unreachable!("made a list above")
    };
    let bytes: Vec<u8> = l.borrow().iter().map(byte_of).collect::<R<_>>()?;
    *b.borrow_mut() = bytes;
    Ok(())
}

/// `container[key] = value`.
pub fn setitem(container: &Value, key: &Value, value: Value) -> R<()> {
    match container {
        Value::ByteArray(b) => bytearray_store(b, key, Some(value)),
        Value::Instance(_) => instance_item(container, key, Some(Some(value))).map(|_| ()),
        Value::List(l) => {
            // Indexes and items are computed first: they may run Python code
            // that looks at the list.
            match index_value(key) {
                Some(i) => {
                    let i = i?;
                    let mut l = l.borrow_mut();
                    let i = assignment_index(i, l.len())?;
                    let old = std::mem::replace(&mut l[i], value);
                    drop(l);
                    drop(old);
                    Ok(())
                }
                None => {
                    if let Value::Slice(s) = key {
                        let items = match &value {
                            Value::List(_) | Value::Tuple(_) => iterate_plain(&value)?,
                            _ => match get_iter(&value) {
                                Ok(_) => iterate_plain(&value)?,
                                Err(e) if e.is(ExcType::TypeError) => {
                                    return Err(Exc::type_error(
                                        "must assign iterable to extended slice",
                                    ));
                                }
                                Err(e) => return Err(e),
                            },
                        };
                        let len = l.borrow().len();
                        let (start, stop, step) = slice_indices(s, len)?;
                        if step == 1 {
                            let stop = stop.max(start);
                            let old: Vec<Value> = l
                                .borrow_mut()
                                .splice(start as usize..stop as usize, items)
                                .collect();
                            drop(old);
                            return Ok(());
                        }
                        let pos = slice_positions(s, len)?;
                        if pos.len() != items.len() {
                            return Err(Exc::value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                items.len(),
                                pos.len()
                            )));
                        }
                        let mut old = Vec::with_capacity(pos.len());
                        let mut l = l.borrow_mut();
                        for (i, v) in pos.into_iter().zip(items) {
                            old.push(std::mem::replace(&mut l[i], v));
                        }
                        drop(l);
                        drop(old);
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
        Value::Instance(_) => instance_contains(container, item),
        Value::Class(_)
            if object::meta_defines(container, "__contains__")
                || object::meta_defines(container, "__iter__") =>
        {
            instance_contains(container, item)
        }
        Value::Iter(_) => {
            while let Some(x) = next_of(container)? {
                if is_same(&x, item) || py_eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
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
        Value::DictView(d) => match d.kind {
            ViewKind::Keys | ViewKind::Proxy => contains(&Value::Dict(d.dict.clone()), item),
            ViewKind::Values => {
                for x in d.items() {
                    if is_same(&x, item) || py_eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            ViewKind::Items => {
                let Value::Tuple(kv) = item else {
                    return Ok(false);
                };
                if kv.len() != 2 {
                    return Ok(false);
                }
                let found = match HashKey::new(kv[0].clone()) {
                    Ok(k) => d.dict.borrow().get(&k).cloned(),
                    Err(_) => return Ok(false),
                };
                match found {
                    Some(v) => Ok(is_same(&v, &kv[1]) || py_eq(&v, &kv[1])?),
                    None => Ok(false),
                }
            }
        },
        Value::Dict(d) => Ok(d.borrow().contains_key(&HashKey::new(item.clone())?)),
        Value::Set(s) => s.borrow().contains(&set_key(item)),
        Value::FrozenSet(s) => s.contains(&set_key(item)),
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
        Value::Bytes(_) | Value::ByteArray(_) => {
            let b = container.byte_data().expect("bytes-like");
            match (item, item.byte_data()) {
                (_, Some(sub)) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..])),
                _ => match index_value(item) {
                    Some(i) => {
                        let i = i?;
                        if !(0..256).contains(&i) {
                            return Err(Exc::value_error("byte must be in range(0, 256)"));
                        }
                        Ok(b.contains(&(i as u8)))
                    }
                    None => Err(Exc::type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        item.type_name()
                    ))),
                },
            }
        }
        Value::Generator(_) => {
            let it = get_iter(container)?;
            while let Some(x) = next_of(&it)? {
                if is_same(&x, item) || py_eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
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
        Value::ByteArray(b) => Iter::ByteArray(b.clone(), 0),
        Value::Range(r) => Iter::Range(r.start, r.step, r.len()),
        Value::DictView(d) => dict_iter(&d.dict, d.kind, false),
        Value::Dict(d) => dict_iter(d, ViewKind::Keys, false),
        Value::Set(_) | Value::FrozenSet(_) => Iter::Set(SetIter {
            set: v.clone(),
            pos: 0,
            size: Some(len(v)?),
        }),
        Value::Generator(g) if g.coroutine => {
            return Err(Exc::type_error("'coroutine' object is not iterable"));
        }
        Value::Iter(_) | Value::Generator(_) => return Ok(v.clone()),
        Value::Instance(_) => return instance_iter(v),
        Value::Class(_) if object::meta_defines(v, "__iter__") => return instance_iter(v),
        _ => {
            return Err(Exc::type_error(format!(
                "'{}' object is not iterable",
                v.type_name()
            )));
        }
    };
    Ok(Value::Iter(Rc::new(RefCell::new(it))))
}

/// An iterator over a dict's keys, values or items (reversed: from the end).
pub fn dict_iter(d: &Rc<RefCell<Dict>>, kind: ViewKind, reversed: bool) -> Iter {
    Iter::Dict(DictIter {
        dict: d.clone(),
        // A mappingproxy iterates over the keys.
        kind: if kind == ViewKind::Proxy {
            ViewKind::Keys
        } else {
            kind
        },
        done: 0,
        size: Some(d.borrow().len()),
        reversed,
    })
}

/// `next(it)` of a dict iterator.
fn dict_next(it: &mut DictIter) -> R<Option<Value>> {
    let d = it.dict.borrow();
    if it.size != Some(d.len()) {
        it.size = None;
        return Err(Exc::new(
            ExcType::RuntimeError,
            "dictionary changed size during iteration",
        ));
    }
    if it.done >= d.len() {
        return Ok(None);
    }
    let at = if it.reversed {
        d.len() - 1 - it.done
    } else {
        it.done
    };
    it.done += 1;
    let (k, v) = d.get_index(at).expect("index below the length");
    Ok(Some(match it.kind {
        ViewKind::Keys | ViewKind::Proxy => k.value().clone(),
        ViewKind::Values => v.clone(),
        ViewKind::Items => Value::tuple(vec![k.value().clone(), v.clone()]),
    }))
}

/// `next(it)` of a set iterator.
fn set_next(it: &mut SetIter) -> R<Option<Value>> {
    let mutable;
    let set: &PySet = match &it.set {
        Value::Set(s) => {
            mutable = s.borrow();
            &mutable
        }
        Value::FrozenSet(s) => s,
        _ => return Ok(None),
    };
    if it.size != Some(set.len()) {
        it.size = None;
        return Err(Exc::new(
            ExcType::RuntimeError,
            "Set changed size during iteration",
        ));
    }
    Ok(set.next_from(it.pos).map(|(at, v)| {
        it.pos = at + 1;
        v
    }))
}

/// `next(it)` for the iterators that run no Python code; `None` when
/// exhausted.
pub fn iter_next(it: &RefCell<Iter>) -> R<Option<Value>> {
    let mut it = it.borrow_mut();
    Ok(match &mut *it {
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
        Iter::ListRev(l, i) => {
            // Done at 0; an index past a list that shrank ends it too.
            let l = l.borrow();
            let v = i.checked_sub(1).and_then(|at| l.get(at)).cloned();
            *i = if v.is_some() { *i - 1 } else { 0 };
            v
        }
        Iter::Dict(d) => return dict_next(d),
        Iter::Set(s) => return set_next(s),
        Iter::Str(s, i) => {
            let Some(c) = s.as_str()[*i..].chars().next() else {
                return Ok(None);
            };
            let start = *i;
            *i += c.len_utf8();
            Some(Value::Str(crate::runtime::char_str(&s.as_str()[start..*i])))
        }
        Iter::Bytes(b, i) => {
            let v = b.get(*i).map(|x| Value::Int(*x as i64));
            *i += 1;
            v
        }
        Iter::ByteArray(b, i) => {
            let v = b.borrow().get(*i).map(|x| Value::Int(*x as i64));
            *i += 1;
            v
        }
        // Advanced by `iter_next_checked`, which can call into the VM.
        Iter::GetItem(..)
        | Iter::Enumerate(..)
        | Iter::Zip(..)
        | Iter::Map(..)
        | Iter::Filter(..)
        | Iter::Callable(..) => None,
        Iter::Range(next, step, left) => {
            if *left <= 0 {
                return Ok(None);
            }
            let v = *next;
            *next = next.wrapping_add(*step);
            *left -= 1;
            Some(Value::Int(v))
        }
    })
}

/// Collects the items of a built-in iterable.
pub fn iterate_plain(v: &Value) -> R<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.borrow().clone()),
        Value::Tuple(t) => Ok(t.to_vec()),
        // A range says its length: past what memory can hold, fail at once
        // (CPython preallocates from the length hint and gets `MemoryError`).
        Value::Range(r) if r.len() as usize > MAX_RESULT_ITEMS => {
            Err(Exc::new(ExcType::MemoryError, ""))
        }
        _ => {
            let it = get_iter(v)?;
            let mut out = Vec::new();
            while let Some(x) = next_of(&it)? {
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
    Ok(Value::dict(d))
}

/// `isinstance(v, t)` for a built-in type.
pub fn is_instance(v: &Value, t: TypeKind) -> bool {
    v.type_kind().is_subtype(t)
}
