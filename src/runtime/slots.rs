//! Built-in types seen as classes: their slot wrappers (`int.__add__`,
//! `list.__getitem__`), method descriptors (`list.append`) and `__new__`, and
//! the instances of classes derived from a built-in type. Such an instance
//! carries a value of its built-in base (CPython lays the base's fields out at
//! the start of the instance); every operation its class does not override is
//! the base type's, applied to that value.

use std::rc::Rc;

use super::builtins::{self, Builtin};
use super::object::{Descr, Instance};
use super::{
    BinOp, CmpOp, Exc, ExcType, PyStr, TypeKind, Value, binary_op, compare, contains, delitem,
    get_iter, getitem, len, negate, positive, py_hash, repr, setitem, to_str, truthy,
};
use crate::vm::Vm;

type R<T> = Result<T, Exc>;

/// Keyword arguments of a call.
type Kwargs<'a> = &'a [(Rc<PyStr>, Value)];

/// One bit per built-in type that can be a base, for [`SLOTS`].
const INT: u16 = 1;
const FLOAT: u16 = 1 << 1;
const COMPLEX: u16 = 1 << 2;
const STR: u16 = 1 << 3;
const BYTES: u16 = 1 << 4;
const TUPLE: u16 = 1 << 5;
const LIST: u16 = 1 << 6;
const DICT: u16 = 1 << 7;
const SET: u16 = 1 << 8;
const FROZENSET: u16 = 1 << 9;
const NONE: u16 = 1 << 10;
const REAL: u16 = INT | FLOAT;
const NUMBER: u16 = REAL | COMPLEX;
const SEQUENCE: u16 = STR | BYTES | TUPLE | LIST;
const SETS: u16 = SET | FROZENSET;
const ALL: u16 = NUMBER | SEQUENCE | DICT | SETS;

/// Every slot wrapper of the built-in types, with the types that define it.
#[rustfmt::skip]
const SLOTS: &[(&str, u16)] = &[
    ("__new__", ALL), ("__init__", LIST | DICT | SET), ("__repr__", ALL | NONE), ("__str__", STR),
    ("__hash__", NUMBER | STR | BYTES | TUPLE | FROZENSET | NONE), ("__bool__", NUMBER | NONE),
    ("__trunc__", REAL), ("__floor__", REAL), ("__ceil__", REAL),
    ("__int__", REAL), ("__float__", REAL), ("__index__", INT), ("__round__", REAL),
    ("__neg__", NUMBER), ("__pos__", NUMBER), ("__abs__", NUMBER), ("__invert__", INT),
    ("__format__", NUMBER | STR),
    ("__eq__", ALL | NONE), ("__ne__", ALL | NONE),
    ("__lt__", REAL | SEQUENCE | SETS), ("__le__", REAL | SEQUENCE | SETS),
    ("__gt__", REAL | SEQUENCE | SETS), ("__ge__", REAL | SEQUENCE | SETS),
    ("__len__", SEQUENCE | DICT | SETS), ("__contains__", SEQUENCE | DICT | SETS),
    ("__iter__", SEQUENCE | DICT | SETS), ("__getitem__", SEQUENCE | DICT),
    ("__setitem__", LIST | DICT), ("__delitem__", LIST | DICT), ("__reversed__", LIST | DICT),
    ("__add__", NUMBER | SEQUENCE), ("__radd__", NUMBER),
    ("__sub__", NUMBER | SETS), ("__rsub__", NUMBER | SETS),
    ("__mul__", NUMBER | SEQUENCE), ("__rmul__", NUMBER | SEQUENCE),
    ("__truediv__", NUMBER), ("__rtruediv__", NUMBER),
    ("__floordiv__", REAL), ("__rfloordiv__", REAL), ("__divmod__", REAL), ("__rdivmod__", REAL),
    ("__mod__", REAL | STR | BYTES), ("__rmod__", REAL),
    ("__pow__", NUMBER), ("__rpow__", NUMBER),
    ("__lshift__", INT), ("__rlshift__", INT), ("__rshift__", INT), ("__rrshift__", INT),
    ("__and__", INT | SETS), ("__rand__", INT | SETS), ("__xor__", INT | SETS),
    ("__rxor__", INT | SETS), ("__or__", INT | SETS | DICT), ("__ror__", INT | SETS | DICT),
    ("__iadd__", LIST), ("__imul__", LIST), ("__iand__", SET), ("__ixor__", SET),
    ("__isub__", SET), ("__ior__", SET | DICT),
];

/// The bit of `kind` in [`SLOTS`] (0 for a type that cannot be a base).
fn kind_bit(kind: TypeKind) -> u16 {
    match kind {
        TypeKind::Int | TypeKind::Bool => INT,
        TypeKind::Float => FLOAT,
        TypeKind::Complex => COMPLEX,
        TypeKind::Str => STR,
        TypeKind::Bytes => BYTES,
        TypeKind::Tuple => TUPLE,
        TypeKind::List => LIST,
        TypeKind::Dict => DICT,
        TypeKind::Set => SET,
        TypeKind::FrozenSet => FROZENSET,
        TypeKind::NoneType => NONE,
        _ => 0,
    }
}

/// Whether a class statement may name `kind` as a base.
pub fn subclassable(kind: TypeKind) -> bool {
    kind_bit(kind) != 0 && !matches!(kind, TypeKind::Bool | TypeKind::NoneType)
}

/// Whether instances of `kind` are mutable containers (filled by `__init__`
/// rather than made by `__new__`).
fn mutable(kind: TypeKind) -> bool {
    matches!(kind, TypeKind::List | TypeKind::Dict | TypeKind::Set)
}

/// Whether the built-in type sets `__hash__` to `None`.
fn unhashable(kind: TypeKind) -> bool {
    mutable(kind)
}

/// The names of the slot wrappers `kind` defines.
pub fn slot_names(kind: TypeKind) -> impl Iterator<Item = &'static str> {
    let bit = kind_bit(kind);
    SLOTS
        .iter()
        .filter(move |(_, kinds)| kinds & bit != 0)
        .map(|(n, _)| *n)
}

/// The slot wrapper `name` of `kind`, as the table's `'static` name.
fn static_name(kind: TypeKind, name: &str) -> Option<&'static str> {
    let bit = kind_bit(kind);
    SLOTS
        .iter()
        .find(|(n, kinds)| *n == name && kinds & bit != 0)
        .map(|(n, _)| *n)
}

/// `kind.name` looked up on the built-in type: a slot wrapper, a method
/// descriptor, or `None` for an unhashable type's `__hash__`.
pub fn type_attr(kind: TypeKind, name: &str) -> Option<Value> {
    if kind == TypeKind::Object {
        return builtins::object_method(None, name).map(Value::Builtin);
    }
    if let Some(f) = builtins::static_method(kind, name) {
        return Some(Value::Builtin(f));
    }
    if let Some(m) = class_method_on(kind, name, Value::Type(kind)) {
        return Some(m);
    }
    if name == "__hash__" && unhashable(kind) {
        return Some(Value::None);
    }
    if let Some(n) = static_name(kind, name) {
        return Some(Value::Descr(Rc::new(Descr::Slot { kind, name: n })));
    }
    builtins::methods_of(kind)
        .find(|b| b.name == name)
        .map(|method| Value::Descr(Rc::new(Descr::MethodDescr { kind, method })))
}

/// The class method `name` of the built-in type `kind` (`fromkeys`) bound to
/// `cls`, the class it is looked up on (the type itself or a subclass).
pub fn class_method_on(kind: TypeKind, name: &str, cls: Value) -> Option<Value> {
    builtins::class_method(kind, name).map(|f| Value::Method(Rc::new((cls, f))))
}

/// `v.name` for a special method of a built-in value (`(5).__add__`): the
/// slot wrapper bound to `v`.
pub fn bound_slot(v: &Value, name: &str) -> Option<Value> {
    let kind = v.type_kind();
    let name = static_name(kind, name)?;
    let slot = Value::Descr(Rc::new(Descr::Slot { kind, name }));
    Some(Value::BoundMethod(Rc::new((slot, v.clone()))))
}

/// The built-in base a class statement gives its class: the one built-in
/// type among the bases (directly or through a base class), `None` when there
/// is none; CPython's errors for a type that cannot be a base and for two
/// different layouts.
pub fn base_kind_of(bases: &[Value]) -> R<Option<TypeKind>> {
    let mut found: Option<TypeKind> = None;
    for b in bases {
        let kind = match b {
            Value::Type(TypeKind::Object) => continue,
            // A metaclass: its instances are classes.
            Value::Type(TypeKind::Type) => TypeKind::Type,
            Value::Type(t) => {
                if !subclassable(*t) {
                    return Err(Exc::type_error(format!(
                        "type '{}' is not an acceptable base type",
                        t.name()
                    )));
                }
                *t
            }
            Value::Class(c) => match c.base_kind {
                Some(k) => k,
                None => continue,
            },
            _ => continue,
        };
        match found {
            Some(f) if f != kind => {
                return Err(Exc::type_error(
                    "multiple bases have instance lay-out conflict",
                ));
            }
            _ => found = Some(kind),
        }
    }
    Ok(found)
}

/// What an instance of a class derived from `kind` starts with: an empty
/// container for the mutable types (their `__init__` fills it), else the value
/// `kind(*args, **kwargs)` (the base type's `__new__`).
pub fn new_base(vm: &Vm, kind: TypeKind, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    if mutable(kind) {
        builtins::construct(vm, kind, &[], &[])
    } else {
        builtins::construct(vm, kind, args, kwargs)
    }
}

/// `inst.name` for a method of the built-in base, bound to the instance.
pub fn base_method(inst: &Rc<Instance>, name: &str) -> Option<Value> {
    let kind = inst.class.base_kind?;
    if let Some(m) = class_method_on(kind, name, Value::Class(inst.class.clone())) {
        return Some(m);
    }
    let attr = type_attr(kind, name)?;
    if matches!(attr, Value::None) {
        return None;
    }
    Some(Value::BoundMethod(Rc::new((
        attr,
        Value::Instance(inst.clone()),
    ))))
}

/// The built-in value a slot wrapper or method descriptor of `kind` works
/// on: `recv` itself, or the base value of an instance derived from `kind`.
fn receiver(kind: TypeKind, name: &str, recv: &Value) -> R<Value> {
    receiver_or(kind, recv).ok_or_else(|| {
        Exc::type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            kind.name(),
            recv.type_name()
        ))
    })
}

/// [`receiver`], `None` when `recv` is not of the type.
fn receiver_or(kind: TypeKind, recv: &Value) -> Option<Value> {
    if let Value::Instance(i) = recv
        && let Some(b) = &i.base
        && i.class.base_kind.is_some_and(|k| k.is_subtype(kind))
    {
        return Some(b.clone());
    }
    if !matches!(recv, Value::Instance(_)) && recv.type_kind().is_subtype(kind) {
        return Some(recv.clone());
    }
    None
}

/// A second operand as the base type's method sees it: a built-in value, the
/// base value of a derived instance, or `None` for an instance it cannot know.
fn operand(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.base.clone(),
        other => Some(other.clone()),
    }
}

/// Calls a method descriptor (`list.append(obj, x)`).
pub fn call_method_descr(
    vm: &Vm,
    kind: TypeKind,
    method: &'static Builtin,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> R<Value> {
    let Some(recv) = args.first() else {
        return Err(Exc::type_error(format!(
            "unbound method {}.{}() needs an argument",
            kind.name(),
            method.name
        )));
    };
    let mut full = Vec::with_capacity(args.len());
    // A method descriptor words the mismatch differently from a slot wrapper.
    full.push(receiver_or(kind, recv).ok_or_else(|| {
        Exc::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            method.name,
            kind.name(),
            recv.type_name()
        ))
    })?);
    full.extend_from_slice(&args[1..]);
    (method.func)(vm, &full, kwargs)
}

fn binop_of(name: &str) -> Option<BinOp> {
    Some(match name {
        "add" => BinOp::Add,
        "sub" => BinOp::Sub,
        "mul" => BinOp::Mul,
        "truediv" => BinOp::TrueDiv,
        "floordiv" => BinOp::FloorDiv,
        "mod" => BinOp::Rem,
        "pow" => BinOp::Pow,
        "lshift" => BinOp::LShift,
        "rshift" => BinOp::RShift,
        "and" => BinOp::And,
        "or" => BinOp::Or,
        "xor" => BinOp::Xor,
        "matmul" => BinOp::MatMul,
        _ => return None,
    })
}

fn cmpop_of(name: &str) -> Option<CmpOp> {
    Some(match name {
        "__eq__" => CmpOp::Eq,
        "__ne__" => CmpOp::Ne,
        "__lt__" => CmpOp::Lt,
        "__le__" => CmpOp::Le,
        "__gt__" => CmpOp::Gt,
        "__ge__" => CmpOp::Ge,
        _ => return None,
    })
}

fn call_builtin(vm: &Vm, name: &str, args: Vec<Value>) -> R<Value> {
    let f = vm
        .builtin(&super::intern(name))
        .ok_or_else(|| Exc::new(ExcType::RuntimeError, format!("no builtin {name}")))?;
    vm.call(&f, args, Vec::new())
}

fn expect_args(rest: &[Value], n: usize) -> R<()> {
    if rest.len() != n {
        return Err(Exc::type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            rest.len()
        )));
    }
    Ok(())
}

/// Whether `kind`'s own `__eq__` knows how to compare with `other` (else it
/// returns `NotImplemented`, as `"a".__eq__(1)` does): the same type, a
/// subtype of it, or the types CPython's comparison accepts together (a float
/// or complex with ints, sets with frozensets, bytes with bytearrays).
fn same_comparison_family(kind: TypeKind, other: &Value) -> bool {
    use TypeKind as T;
    let o = other.type_kind();
    o.is_subtype(kind)
        || matches!(
            (kind, o),
            (T::Float, T::Int | T::Bool)
                | (T::Complex, T::Int | T::Bool | T::Float)
                | (T::Set, T::FrozenSet)
                | (T::FrozenSet, T::Set)
                | (T::Bytes, T::ByteArray)
                | (T::ByteArray, T::Bytes)
        )
}

/// Calls the slot wrapper `kind.name` (`list.__getitem__(obj, 0)`).
pub fn call_slot(
    vm: &Vm,
    kind: TypeKind,
    name: &'static str,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> R<Value> {
    if name == "__new__" {
        return call_new(vm, kind, args, kwargs);
    }
    let Some(recv) = args.first() else {
        return Err(Exc::type_error(format!(
            "descriptor '{name}' of '{}' object needs an argument",
            kind.name()
        )));
    };
    let base = receiver(kind, name, recv)?;
    let rest = &args[1..];
    if name == "__init__" {
        return call_init(vm, kind, &base, rest, kwargs);
    }
    if !kwargs.is_empty() {
        return Err(Exc::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let arity = |n: usize| expect_args(rest, n);
    Ok(match name {
        "__repr__" => {
            arity(0)?;
            // A derived container prints `[...]` when it contains itself:
            // the marker is keyed by the instance, as the base's items hold it.
            let _active = match recv {
                Value::Instance(_) => {
                    match crate::runtime::ops::repr_enter(crate::runtime::ops::identity(recv)) {
                        Some(g) => Some(g),
                        None => {
                            return Ok(Value::str(&crate::runtime::ops::recursive_marker(
                                &base, recv,
                            )));
                        }
                    }
                }
                _ => None,
            };
            Value::str(&repr(&base)?)
        }
        "__str__" => {
            arity(0)?;
            Value::str(&to_str(&base)?)
        }
        "__hash__" => {
            arity(0)?;
            Value::Int(py_hash(&base)?)
        }
        "__bool__" => {
            arity(0)?;
            Value::Bool(truthy(&base))
        }
        "__len__" => {
            arity(0)?;
            Value::Int(len(&base)? as i64)
        }
        "__iter__" => {
            arity(0)?;
            get_iter(&base)?
        }
        "__int__" | "__index__" => {
            arity(0)?;
            builtins::construct(vm, TypeKind::Int, &[base], &[])?
        }
        "__float__" => {
            arity(0)?;
            builtins::construct(vm, TypeKind::Float, &[base], &[])?
        }
        "__trunc__" | "__floor__" | "__ceil__" => {
            arity(0)?;
            match base {
                Value::Float(f) => builtins::to_int(&Value::Float(match name {
                    "__trunc__" => f.trunc(),
                    "__floor__" => f.floor(),
                    _ => f.ceil(),
                }))?,
                other => builtins::to_int(&other)?,
            }
        }
        "__neg__" => {
            arity(0)?;
            negate(&base)?
        }
        "__pos__" => {
            arity(0)?;
            positive(&base)?
        }
        "__invert__" => {
            arity(0)?;
            super::invert(&base)?
        }
        "__abs__" => {
            arity(0)?;
            call_builtin(vm, "abs", vec![base])?
        }
        "__reversed__" => {
            arity(0)?;
            call_builtin(vm, "reversed", vec![base])?
        }
        "__round__" => {
            let mut a = vec![base];
            a.extend_from_slice(rest);
            call_builtin(vm, "round", a)?
        }
        "__format__" => {
            arity(1)?;
            let Value::Str(spec) = &rest[0] else {
                return Err(Exc::type_error(format!(
                    "__format__() argument must be str, not {}",
                    rest[0].type_name()
                )));
            };
            Value::str(&vm.format(&base, spec.as_str())?)
        }
        "__getitem__" => {
            arity(1)?;
            match getitem(&base, &rest[0]) {
                Err(e) if kind == TypeKind::Dict && e.is(ExcType::KeyError) => {
                    match super::object::special(recv, "__missing__") {
                        Some(m) => vm.call(&m, vec![recv.clone(), rest[0].clone()], Vec::new())?,
                        None => return Err(e),
                    }
                }
                r => r?,
            }
        }
        "__setitem__" => {
            arity(2)?;
            setitem(&base, &rest[0], rest[1].clone())?;
            Value::None
        }
        "__delitem__" => {
            arity(1)?;
            delitem(&base, &rest[0])?;
            Value::None
        }
        "__contains__" => {
            arity(1)?;
            Value::Bool(contains(&base, &rest[0])?)
        }
        "__divmod__" | "__rdivmod__" => {
            arity(1)?;
            let Some(other) = operand(&rest[0]) else {
                return Ok(Value::NotImplemented);
            };
            let a = if name == "__divmod__" {
                vec![base, other]
            } else {
                vec![other, base]
            };
            match call_builtin(vm, "divmod", a) {
                Err(e) if e.is(ExcType::TypeError) => Value::NotImplemented,
                r => r?,
            }
        }
        _ => {
            arity(1)?;
            let Some(other) = operand(&rest[0]) else {
                return Ok(Value::NotImplemented);
            };
            if let Some(op) = cmpop_of(name) {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) && !same_comparison_family(kind, &other) {
                    return Ok(Value::NotImplemented);
                }
                return match compare(&base, &other, op) {
                    Err(e) if e.is(ExcType::TypeError) => Ok(Value::NotImplemented),
                    r => Ok(Value::Bool(r?)),
                };
            }
            let core = &name[2..name.len() - 2];
            if let Some(op) = binop_of(core) {
                // A `%` format's own errors are the format's, not a mismatch.
                let keep_errors =
                    op == BinOp::Rem && matches!(base, Value::Str(_) | Value::Bytes(_));
                return match binary_op(&base, &other, op, false) {
                    Err(e) if e.is(ExcType::TypeError) && !keep_errors => Ok(Value::NotImplemented),
                    r => r,
                };
            }
            if let Some(op) = core.strip_prefix('r').and_then(binop_of) {
                return match binary_op(&other, &base, op, false) {
                    Err(e) if e.is(ExcType::TypeError) => Ok(Value::NotImplemented),
                    r => r,
                };
            }
            if let Some(op) = core.strip_prefix('i').and_then(binop_of) {
                // In place on the shared container: the result is the receiver.
                return match binary_op(&base, &other, op, true) {
                    Err(e) if e.is(ExcType::TypeError) => Ok(Value::NotImplemented),
                    Err(e) => Err(e),
                    Ok(_) => Ok(recv.clone()),
                };
            }
            return Err(Exc::new(
                ExcType::SystemError,
                format!("no slot wrapper {name} for '{}'", kind.name()),
            ));
        }
    })
}

/// `list.__init__(obj, ...)`, `dict.__init__`, `set.__init__`; the immutable
/// types take their arguments in `__new__`, so their `__init__` accepts any.
fn call_init(
    vm: &Vm,
    kind: TypeKind,
    base: &Value,
    rest: &[Value],
    kwargs: Kwargs<'_>,
) -> R<Value> {
    match (kind, base) {
        (TypeKind::List, Value::List(l)) => {
            let fresh = builtins::construct(vm, kind, rest, kwargs)?;
            let Value::List(items) = fresh else {
                unreachable!("list() makes a list")
            };
            let items = std::mem::take(&mut *items.borrow_mut());
            let old = std::mem::replace(&mut *l.borrow_mut(), items);
            drop(old);
        }
        (TypeKind::Dict, Value::Dict(d)) => {
            let fresh = builtins::construct(vm, kind, rest, kwargs)?;
            let Value::Dict(items) = fresh else {
                unreachable!("dict() makes a dict")
            };
            let items = std::mem::take(&mut *items.borrow_mut());
            let mut d = d.borrow_mut();
            for (k, v) in items {
                d.insert(k, v);
            }
        }
        (TypeKind::Set, Value::Set(s)) => {
            let fresh = builtins::construct(vm, kind, rest, kwargs)?;
            let Value::Set(items) = fresh else {
                unreachable!("set() makes a set")
            };
            let items = std::mem::take(&mut *items.borrow_mut());
            let old = std::mem::replace(&mut *s.borrow_mut(), items);
            drop(old);
        }
        _ => {}
    }
    Ok(Value::None)
}

/// `kind.__new__(cls, ...)`: a value of `kind`, or an instance of a class
/// derived from it holding one.
fn call_new(vm: &Vm, kind: TypeKind, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    let Some(cls) = args.first() else {
        return Err(Exc::type_error(format!(
            "{}.__new__(): not enough arguments",
            kind.name()
        )));
    };
    let rest = &args[1..];
    match cls {
        Value::Type(t) if t.is_subtype(kind) => builtins::construct(vm, *t, rest, kwargs),
        Value::Class(c) if c.base_kind.is_some_and(|k| k.is_subtype(kind)) => {
            let base = new_base(vm, c.base_kind.unwrap_or(kind), rest, kwargs)?;
            Ok(Value::Instance(Instance::with_base(c.clone(), base)))
        }
        Value::Type(_) | Value::Class(_) => Err(Exc::type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            kind.name(),
            super::object::class_name_of(cls),
            super::object::class_name_of(cls),
            kind.name()
        ))),
        other => Err(Exc::type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            kind.name(),
            other.type_name()
        ))),
    }
}

/// `repr` of a slot wrapper or method descriptor.
pub fn descr_repr(d: &Descr) -> Option<String> {
    Some(match d {
        Descr::Slot { kind, name } if *name == "__new__" => {
            format!("<built-in method __new__ of type object at {:#x}>", {
                // A stable stand-in for the type object's address.
                kind.name().as_ptr() as usize
            })
        }
        Descr::Slot { kind, name } => {
            format!("<slot wrapper '{name}' of '{}' objects>", kind.name())
        }
        Descr::MethodDescr { kind, method } => {
            format!("<method '{}' of '{}' objects>", method.name, kind.name())
        }
        Descr::Member { owner, name, .. } => {
            format!(
                "<member '{}' of '{}' objects>",
                name.as_str(),
                owner.as_str()
            )
        }
        _ => return None,
    })
}
