//! `dir()`, `locals()` and `vars()`: CPython's `object.__dir__`, `type.__dir__`
//! and `module.__dir__`, and the namespace of the calling frame.

use std::collections::BTreeSet;

use super::*;

/// The attribute names of `object` itself (`dir(object)` in CPython 3.13).
const OBJECT_NAMES: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// The names a Python class gets from `type` without defining them.
const CLASS_NAMES: &[&str] = &["__dict__", "__doc__", "__module__", "__weakref__"];

/// The attribute names of a built-in type: `object`'s, its slot wrappers
/// and its methods.
fn type_names(kind: TypeKind, out: &mut BTreeSet<String>) {
    out.extend(OBJECT_NAMES.iter().map(|n| n.to_string()));
    out.extend(crate::runtime::slots::slot_names(kind).map(str::to_string));
    out.extend(methods_of(kind).map(|b| b.name.to_string()));
}

/// The names along a class's MRO (`type.__dir__`).
fn class_names(class: &crate::runtime::object::Class, out: &mut BTreeSet<String>) {
    out.extend(CLASS_NAMES.iter().map(|n| n.to_string()));
    for k in class.dict.borrow().keys() {
        if let Value::Str(s) = k.value() {
            out.insert(s.as_str().to_string());
        }
    }
    for base in &class.mro {
        match base {
            Value::Class(c) => {
                for k in c.dict.borrow().keys() {
                    if let Value::Str(s) = k.value() {
                        out.insert(s.as_str().to_string());
                    }
                }
            }
            Value::Type(t) => type_names(*t, out),
            _ => {}
        }
    }
    if let Some(kind) = class.base_kind {
        type_names(kind, out);
    }
}

/// The keys of a namespace that are strings.
fn dict_names(d: &Dict, out: &mut BTreeSet<String>) {
    for k in d.keys() {
        if let Value::Str(s) = k.value() {
            out.insert(s.as_str().to_string());
        }
    }
}

/// `dir(v)`: `__dir__` when the class defines one, else the names the
/// object, its class and the class's bases provide, sorted.
pub fn dir_of(vm: &Vm, v: &Value) -> R<Value> {
    let mut out = BTreeSet::new();
    match v {
        Value::Instance(i) => {
            if let Some(f) = i.class.lookup("__dir__") {
                let names = vm.call(&f, vec![v.clone()], Vec::new())?;
                let mut items = vm.iterate(&names)?;
                super::sort_values(vm, &mut items, None, false)?;
                return Ok(Value::list(items));
            }
            dict_names(&i.dict.borrow(), &mut out);
            class_names(&i.class, &mut out);
        }
        Value::Class(c) => class_names(c, &mut out),
        Value::Module(m) => dict_names(&m.dict.borrow(), &mut out),
        Value::Type(t) => type_names(*t, &mut out),
        Value::Function(f) => {
            out.extend(OBJECT_NAMES.iter().map(|n| n.to_string()));
            out.extend(
                crate::runtime::function::ATTRIBUTES
                    .iter()
                    .map(|n| n.to_string()),
            );
            if let Some(d) = &*f.dict.borrow() {
                dict_names(&d.borrow(), &mut out);
            }
        }
        other => type_names(other.type_kind(), &mut out),
    }
    Ok(Value::list(
        out.into_iter().map(|n| Value::str(&n)).collect(),
    ))
}

/// The namespace `locals()`, `vars()` and `dir()` see when called without
/// arguments from a frame: a class body's or module's namespace, or a
/// snapshot of a function's bound locals (cells read through).
pub fn frame_namespace(f: &crate::vm::Frame) -> R<Value> {
    if let Some(ns) = &f.locals {
        return Ok(Value::Dict(ns.clone()));
    }
    if f.code.is_module {
        return Ok(Value::Dict(f.globals.clone()));
    }
    let mut d = Dict::default();
    for (slot, name) in f.code.localsplus.iter().enumerate() {
        let v = match &f.stack[slot] {
            Value::Cell(c) => c.borrow().clone(),
            v => v.clone(),
        };
        if !v.is_null() {
            d.insert(HashKey::new(Value::Str(name.clone()))?, v);
        }
    }
    Ok(Value::dict(d))
}

/// A zero-argument call of `locals`, `vars` or `dir` from frame `f`; `None`
/// for any other built-in.
pub fn frame_call(b: &Builtin, f: &crate::vm::Frame) -> Option<R<Value>> {
    match b.name {
        "locals" | "vars" => Some(frame_namespace(f)),
        "dir" => Some(frame_namespace(f).map(|ns| {
            let mut out = BTreeSet::new();
            if let Value::Dict(d) = &ns {
                dict_names(&d.borrow(), &mut out);
            }
            Value::list(out.into_iter().map(|n| Value::str(&n)).collect())
        })),
        _ => None,
    }
}

pub(super) fn b_dir(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("dir", args, 0, 1)?;
    match args.first() {
        Some(v) => dir_of(vm, v),
        // Reached only through an indirect call: the module's names.
        None => {
            let mut out = BTreeSet::new();
            dict_names(&vm.current_globals().borrow(), &mut out);
            Ok(Value::list(
                out.into_iter().map(|n| Value::str(&n)).collect(),
            ))
        }
    }
}
