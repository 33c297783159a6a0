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
}

builtins! { TUPLE_METHODS:
    "index" => l_index, "count" => l_count,
}

/// The built-in method `name` of `v`'s type, if any.
pub fn find_method(v: &Value, name: &str) -> Option<&'static Builtin> {
    methods_of(v.type_kind()).iter().find(|b| b.name == name)
}

/// The method table of a built-in type.
pub fn methods_of(kind: TypeKind) -> &'static [Builtin] {
    match kind {
        TypeKind::List => LIST_METHODS,
        TypeKind::Dict => DICT_METHODS,
        TypeKind::Str => STR_METHODS,
        TypeKind::Tuple => TUPLE_METHODS,
        TypeKind::Set => super::sets::SET_METHODS,
        TypeKind::Generator => crate::vm::generator::GENERATOR_METHODS,
        TypeKind::FrozenSet => super::sets::FROZENSET_METHODS,
        _ => &[],
    }
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

pub(super) fn l_insert(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("list", "insert", a, 2, 2)?;
    let mut l = list_of(&a[0]).borrow_mut();
    let n = l.len() as i64;
    let i = index_value(&a[1]).unwrap_or(Ok(0))?;
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
    let mut items = std::mem::take(&mut *list_of(&a[0]).borrow_mut());
    let r = sort_values(vm, &mut items, key.as_ref(), reverse);
    *list_of(&a[0]).borrow_mut() = items;
    r.map(|_| Value::None)
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

pub(super) fn view(values: Vec<Value>) -> Value {
    Value::Iter(Rc::new(RefCell::new(Iter::Values(values.into(), 0))))
}

pub(super) fn d_keys(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "keys", a, 0, 0)?;
    Ok(view(
        dict_of(&a[0])
            .borrow()
            .keys()
            .map(|k| k.value().clone())
            .collect(),
    ))
}

pub(super) fn d_values(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "values", a, 0, 0)?;
    Ok(view(dict_of(&a[0]).borrow().values().cloned().collect()))
}

pub(super) fn d_items(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("dict", "items", a, 0, 0)?;
    Ok(view(
        dict_of(&a[0])
            .borrow()
            .iter()
            .map(|(k, v)| Value::tuple(vec![k.value().clone(), v.clone()]))
            .collect(),
    ))
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
