//! The methods of `set` and `frozenset` (CPython's `Objects/setobject.c`).

use std::rc::Rc;

use super::*;

builtins! { SET_METHODS:
    "add" => s_add, "discard" => s_discard, "remove" => s_remove, "pop" => s_pop,
    "clear" => s_clear, "update" => s_update, "union" => s_union,
    "intersection" => s_intersection, "difference" => s_difference,
    "symmetric_difference" => s_symmetric_difference, "issubset" => s_issubset,
    "issuperset" => s_issuperset, "isdisjoint" => s_isdisjoint, "copy" => s_copy,
    "intersection_update" => s_intersection_update, "difference_update" => s_difference_update,
    "symmetric_difference_update" => s_symmetric_difference_update,
}

builtins! { FROZENSET_METHODS:
    "union" => s_union, "intersection" => s_intersection, "difference" => s_difference,
    "symmetric_difference" => s_symmetric_difference, "issubset" => s_issubset,
    "issuperset" => s_issuperset, "isdisjoint" => s_isdisjoint, "copy" => s_copy,
}

fn this(v: &Value) -> &Rc<RefCell<PySet>> {
    match v {
        Value::Set(s) => s,
        _ => unreachable!("set methods are found on sets"),
    }
}

fn no_args(name: &str, a: &[Value]) -> R<()> {
    method_arity("set", name, a, 0, 0)
}

/// The elements of any iterable as a set (a set's own table when it is one).
fn as_set(vm: &Vm, v: &Value) -> R<PySet> {
    match set_of(v) {
        Some(s) => Ok(s),
        None => PySet::from_values(vm.iterate(v)?),
    }
}

/// A result of the receiver's type.
fn same_kind(recv: &Value, s: PySet) -> Value {
    match recv {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(s)),
        _ => Value::set(s),
    }
}

fn s_add(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("set", "add", a, 1, 1)?;
    this(&a[0]).borrow_mut().add(a[1].clone())?;
    Ok(Value::None)
}

fn s_discard(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("set", "discard", a, 1, 1)?;
    this(&a[0]).borrow_mut().discard(&set_key(&a[1]))?;
    Ok(Value::None)
}

fn s_remove(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("set", "remove", a, 1, 1)?;
    if !this(&a[0]).borrow_mut().discard(&set_key(&a[1]))? {
        return Err(Exc::with_args(ExcType::KeyError, vec![a[1].clone()]));
    }
    Ok(Value::None)
}

fn s_pop(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    no_args("pop", a)?;
    this(&a[0])
        .borrow_mut()
        .pop()
        .ok_or_else(|| Exc::new(ExcType::KeyError, "pop from an empty set"))
}

fn s_clear(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    no_args("clear", a)?;
    this(&a[0]).borrow_mut().clear();
    Ok(Value::None)
}

fn s_update(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    for other in &a[1..] {
        let o = as_set(vm, other)?;
        this(&a[0]).borrow_mut().update_from(&o)?;
    }
    Ok(Value::None)
}

fn fold(vm: &Vm, a: &[Value], f: fn(&PySet, &PySet) -> R<PySet>) -> R<PySet> {
    let mut acc = set_of(&a[0]).expect("a set receiver");
    for other in &a[1..] {
        acc = f(&acc, &as_set(vm, other)?)?;
    }
    Ok(acc)
}

fn s_union(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let r = fold(vm, a, |x, y| {
        let mut r = x.clone();
        r.update_from(y)?;
        Ok(r)
    })?;
    Ok(same_kind(&a[0], r))
}

fn s_intersection(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let r = fold(vm, a, PySet::intersection)?;
    Ok(same_kind(&a[0], r))
}

fn s_difference(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let r = fold(vm, a, PySet::difference)?;
    Ok(same_kind(&a[0], r))
}

fn s_symmetric_difference(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("set", "symmetric_difference", a, 1, 1)?;
    let r = fold(vm, a, PySet::symmetric_difference)?;
    Ok(same_kind(&a[0], r))
}

fn in_place(vm: &Vm, a: &[Value], f: fn(&PySet, &PySet) -> R<PySet>) -> R<Value> {
    let r = fold(vm, a, f)?;
    *this(&a[0]).borrow_mut() = r;
    Ok(Value::None)
}

fn s_intersection_update(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    in_place(vm, a, PySet::intersection)
}

fn s_difference_update(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    in_place(vm, a, PySet::difference)
}

fn s_symmetric_difference_update(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("set", "symmetric_difference_update", a, 1, 1)?;
    in_place(vm, a, PySet::symmetric_difference)
}

fn s_issubset(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("set", "issubset", a, 1, 1)?;
    let me = set_of(&a[0]).expect("a set receiver");
    Ok(Value::Bool(me.is_subset(&as_set(vm, &a[1])?)?))
}

fn s_issuperset(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("set", "issuperset", a, 1, 1)?;
    let me = set_of(&a[0]).expect("a set receiver");
    Ok(Value::Bool(as_set(vm, &a[1])?.is_subset(&me)?))
}

fn s_isdisjoint(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("set", "isdisjoint", a, 1, 1)?;
    let me = set_of(&a[0]).expect("a set receiver");
    Ok(Value::Bool(
        me.intersection(&as_set(vm, &a[1])?)?.is_empty(),
    ))
}

fn s_copy(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    no_args("copy", a)?;
    Ok(match &a[0] {
        v @ Value::FrozenSet(_) => v.clone(),
        v => Value::set(set_of(v).expect("a set receiver")),
    })
}

/// `set(iterable)` and `frozenset(iterable)`.
pub(super) fn construct_set(vm: &Vm, t: TypeKind, args: &[Value]) -> R<Value> {
    arity(t.name(), args, 0, 1)?;
    // frozenset(fs) of a frozenset is that same object.
    if t == TypeKind::FrozenSet
        && let Some(fs @ Value::FrozenSet(_)) = args.first()
    {
        return Ok(fs.clone());
    }
    let s = match args.first() {
        None => PySet::default(),
        Some(v) => as_set(vm, v)?,
    };
    Ok(if t == TypeKind::Set {
        Value::set(s)
    } else {
        Value::FrozenSet(Rc::new(s))
    })
}
