//! The generic operations on instances of classes: each calls the special method
//! CPython's slot would (`__bool__`, `__eq__`, `__add__`/`__radd__`, `__len__`,
//! `__getitem__`, `__iter__`, `__repr__`, ...) with CPython's fallbacks and
//! messages. The operations in the sibling modules handle built-in values
//! themselves and come here when an operand is an instance.

use std::cell::RefCell;

use super::*;
use crate::runtime::object::{self, call_special, special, with_vm};

/// `bool(v)`, calling `__bool__` or `__len__` for instances.
pub fn is_true(v: &Value) -> R<bool> {
    match v {
        Value::Instance(_) => with_vm(|vm| {
            if let Some(r) = call_special(vm, v, "__bool__", Vec::new()) {
                return match r? {
                    Value::Bool(b) => Ok(b),
                    other => Err(Exc::type_error(format!(
                        "__bool__ should return bool, returned {}",
                        other.type_name()
                    ))),
                };
            }
            if special(v, "__len__").is_some() {
                return Ok(len(v)? > 0);
            }
            Ok(true)
        }),
        _ => Ok(truthy(v)),
    }
}

/// `hash(v)` for an instance: `__hash__`, unhashable when the class sets it to
/// `None` or defines `__eq__` without it, else by identity.
pub(super) fn instance_hash(v: &Value) -> R<i64> {
    let unhashable = || Exc::type_error(format!("unhashable type: '{}'", v.type_name()));
    match special(v, "__hash__") {
        Some(Value::None) => Err(unhashable()),
        Some(_) => with_vm(|vm| {
            match call_special(vm, v, "__hash__", Vec::new()).expect("looked up above")? {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::Bool(b) => Ok(b as i64),
                Value::BigInt(b) => Ok(super::hash_big(&b)),
                _ => Err(Exc::type_error("__hash__ method should return an integer")),
            }
        }),
        None => Ok((identity(v) >> 4) as i64),
    }
}

/// The reflected operator of a rich comparison.
fn reflected(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        other => other,
    }
}

fn cmp_method(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "__lt__",
        CmpOp::Le => "__le__",
        CmpOp::Eq => "__eq__",
        CmpOp::Ne => "__ne__",
        CmpOp::Gt => "__gt__",
        CmpOp::Ge => "__ge__",
    }
}

/// Whether `b`'s class is a proper subclass of `a`'s (its reflected method is
/// then tried first).
fn is_proper_subclass(b: &Value, a: &Value) -> bool {
    match (a, b) {
        (Value::Instance(x), Value::Instance(y)) => {
            !Rc::ptr_eq(&x.class, &y.class) && y.class.is_subclass(&Value::Class(x.class.clone()))
        }
        (_, Value::Instance(_)) => !matches!(a, Value::Instance(_)),
        _ => false,
    }
}

/// `a op b` as a value when an operand is an instance (CPython's
/// `do_richcompare`): the reflected method of a subclass first, then `a`'s,
/// then `b`'s reflected; `==`/`!=` fall back to identity.
pub fn rich_compare(a: &Value, b: &Value, op: CmpOp) -> R<Value> {
    with_vm(|vm| {
        let rop = reflected(op);
        // `x op y` by `x`'s method; `None` for NotImplemented. A built-in `x`
        // compares with the built-in value a derived instance `y` carries,
        // as `list.__eq__` accepts a list subclass.
        let try_call = |x: &Value, y: &Value, op: CmpOp| -> R<Option<Value>> {
            if !x.has_py_class() {
                return match y {
                    Value::Instance(i) => match &i.base {
                        Some(base) if comparable(x, base, op) => {
                            compare(x, base, op).map(|r| Some(Value::Bool(r)))
                        }
                        _ => Ok(None),
                    },
                    _ => Ok(None),
                };
            }
            match call_special(vm, x, cmp_method(op), vec![y.clone()]) {
                Some(r) => match r? {
                    Value::NotImplemented => Ok(None),
                    v => Ok(Some(v)),
                },
                None => Ok(None),
            }
        };
        let reflected_first = is_proper_subclass(b, a) && special(b, cmp_method(rop)).is_some();
        if reflected_first && let Some(v) = try_call(b, a, rop)? {
            return Ok(v);
        }
        if let Some(v) = try_call(a, b, op)? {
            return Ok(v);
        }
        if !reflected_first && let Some(v) = try_call(b, a, rop)? {
            return Ok(v);
        }
        // `__ne__` defaults to the negation of `__eq__`.
        if op == CmpOp::Ne
            && let Some(v) = try_call(a, b, CmpOp::Eq)?
        {
            return Ok(Value::Bool(!is_true(&v)?));
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(is_same(a, b))),
            CmpOp::Ne => Ok(Value::Bool(!is_same(a, b))),
            _ => Err(Exc::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            ))),
        }
    })
}

/// Whether a built-in type's comparison accepts `b` beside `a` rather than
/// returning NotImplemented: the same type, two numbers, two sets or two
/// bytes-like values; for an ordering, only the types that define one.
fn comparable(a: &Value, b: &Value, op: CmpOp) -> bool {
    use TypeKind as K;
    let ordered = |k: TypeKind| {
        matches!(
            k,
            K::Bool
                | K::Int
                | K::Float
                | K::Str
                | K::Bytes
                | K::ByteArray
                | K::List
                | K::Tuple
                | K::Set
                | K::FrozenSet
        )
    };
    let (x, y) = (a.type_kind(), b.type_kind());
    let equality = matches!(op, CmpOp::Eq | CmpOp::Ne);
    if !(equality || ordered(x) && ordered(y)) {
        return false;
    }
    let family = |k: TypeKind| match k {
        K::Bool | K::Int | K::Float | K::Complex => Some(0),
        K::Set | K::FrozenSet => Some(1),
        K::Bytes | K::ByteArray => Some(2),
        _ => None,
    };
    x == y || family(x).is_some() && family(x) == family(y)
}

fn binop_method(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Rem => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

/// `a op b` (or `a op= b`) when an operand is an instance (CPython's
/// `binary_op1`): `__iop__` for in-place forms, then `__op__` and the
/// reflected `__rop__` (a subclass's first); `None` when every method declines.
pub fn instance_binary_op(a: &Value, b: &Value, op: BinOp, inplace: bool) -> R<Option<Value>> {
    with_vm(|vm| {
        let (name, rname, iname) = binop_method(op);
        let try_call = |x: &Value, y: &Value, m: &'static str| -> R<Option<Value>> {
            if !x.has_py_class() {
                return Ok(None);
            }
            match call_special(vm, x, m, vec![y.clone()]) {
                Some(r) => match r? {
                    Value::NotImplemented => Ok(None),
                    v => Ok(Some(v)),
                },
                None => Ok(None),
            }
        };
        if inplace && let Some(v) = try_call(a, b, iname)? {
            return Ok(Some(v));
        }
        let reflected_first = is_proper_subclass(b, a) && special(b, rname).is_some();
        if reflected_first && let Some(v) = try_call(b, a, rname)? {
            return Ok(Some(v));
        }
        if let Some(v) = try_call(a, b, name)? {
            return Ok(Some(v));
        }
        if !a.has_py_class() {
            // A built-in left operand that does not know the instance.
            if let Ok(v) = builtin_only(a, b, op) {
                return Ok(Some(v));
            }
        }
        if !reflected_first && let Some(v) = try_call(b, a, rname)? {
            return Ok(Some(v));
        }
        Ok(None)
    })
}

/// A binary operation between built-in values only (never an instance).
fn builtin_only(a: &Value, b: &Value, op: BinOp) -> R<Value> {
    match b {
        // An instance of a class derived from a built-in type is one.
        Value::Instance(i) => match &i.base {
            Some(base) => binary_op(a, base, op, false),
            None => Err(Exc::type_error("instance operand")),
        },
        _ => binary_op(a, b, op, false),
    }
}

/// `-v`, `+v`, `~v`, `abs(v)` for an instance.
pub fn unary(v: &Value, method: &'static str, symbol: &str) -> R<Value> {
    with_vm(|vm| match call_special(vm, v, method, Vec::new()) {
        Some(r) => r,
        None => Err(Exc::type_error(if method == "__abs__" {
            format!("bad operand type for abs(): '{}'", v.type_name())
        } else {
            format!("bad operand type for unary {symbol}: '{}'", v.type_name())
        })),
    })
}

/// `len(v)` for an instance.
pub(super) fn instance_len(v: &Value) -> R<usize> {
    with_vm(|vm| match call_special(vm, v, "__len__", Vec::new()) {
        Some(r) => match r? {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(Exc::value_error("__len__() should return >= 0")),
            Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => {
                Err(Exc::value_error("__len__() should return >= 0"))
            }
            Value::BigInt(_) => Err(Exc::new(
                ExcType::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )),
            other => Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ))),
        },
        None => Err(Exc::type_error(format!(
            "object of type '{}' has no len()",
            v.type_name()
        ))),
    })
}

/// `v[key]`, `v[key] = value` and `del v[key]` for an instance.
pub(super) fn instance_item(v: &Value, key: &Value, value: Option<Option<Value>>) -> R<Value> {
    with_vm(|vm| {
        let (method, what) = match &value {
            None => ("__getitem__", "is not subscriptable"),
            Some(Some(_)) => ("__setitem__", "does not support item assignment"),
            Some(None) => ("__delitem__", "doesn't support item deletion"),
        };
        let mut args = vec![key.clone()];
        if let Some(Some(x)) = value {
            args.push(x);
        }
        match call_special(vm, v, method, args) {
            Some(r) => r,
            None => Err(Exc::type_error(format!(
                "'{}' object {what}",
                v.type_name()
            ))),
        }
    })
}

/// `item in v` for an instance: `__contains__`, else iteration.
pub(super) fn instance_contains(v: &Value, item: &Value) -> R<bool> {
    with_vm(|vm| {
        if let Some(r) = call_special(vm, v, "__contains__", vec![item.clone()]) {
            return is_true(&r?);
        }
        // Not iterable: no `__iter__` and no `__getitem__`, or `__iter__ = None`.
        let iter = special(v, "__iter__");
        if matches!(iter, Some(Value::None))
            || (iter.is_none() && special(v, "__getitem__").is_none())
        {
            return Err(Exc::type_error(format!(
                "argument of type '{}' is not iterable",
                v.type_name()
            )));
        }
        let it = get_iter(v)?;
        while let Some(x) = next_of(&it)? {
            if is_same(&x, item) || py_eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    })
}

/// `iter(v)` for an instance: `__iter__`, else a sequence iterator over
/// `__getitem__`.
pub(super) fn instance_iter(v: &Value) -> R<Value> {
    with_vm(|vm| {
        // `__iter__ = None` declares the class not iterable.
        if matches!(special(v, "__iter__"), Some(Value::None)) {
            return Err(Exc::type_error(format!(
                "'{}' object is not iterable",
                v.type_name()
            )));
        }
        if let Some(r) = call_special(vm, v, "__iter__", Vec::new()) {
            let it = r?;
            let is_iter = match &it {
                Value::Iter(_) => true,
                Value::Instance(_) => special(&it, "__next__").is_some(),
                Value::Generator(_) => true,
                _ => false,
            };
            if !is_iter {
                return Err(Exc::type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    it.type_name()
                )));
            }
            return Ok(it);
        }
        if special(v, "__getitem__").is_some() {
            return Ok(Value::Iter(Rc::new(RefCell::new(Iter::GetItem(
                v.clone(),
                0,
            )))));
        }
        Err(Exc::type_error(format!(
            "'{}' object is not iterable",
            v.type_name()
        )))
    })
}

/// `next(it)`: `None` when the iterator is exhausted (`StopIteration`).
pub fn next_of(it: &Value) -> R<Option<Value>> {
    match it {
        Value::Iter(i) => iter_next_checked(i),
        Value::Generator(g) if !g.coroutine => with_vm(|vm| vm.generator_next(g)),
        Value::Instance(_) => with_vm(|vm| match call_special(vm, it, "__next__", Vec::new()) {
            Some(Ok(v)) => Ok(Some(v)),
            Some(Err(e)) if e.is(ExcType::StopIteration) => Ok(None),
            Some(Err(e)) => Err(e),
            None => Err(not_an_iterator(it)),
        }),
        other => Err(not_an_iterator(other)),
    }
}

fn not_an_iterator(v: &Value) -> Exc {
    Exc::type_error(format!("'{}' object is not an iterator", v.type_name()))
}

/// The next item of a built-in iterator, calling `__getitem__` for sequence
/// iterators over instances.
pub fn iter_next_checked(it: &RefCell<Iter>) -> R<Option<Value>> {
    let seq = match &*it.borrow() {
        Iter::GetItem(seq, i) => Some((seq.clone(), *i)),
        _ => None,
    };
    let Some((seq, i)) = seq else {
        return with_vm(|vm| crate::runtime::builtins::lazy_next(vm, it));
    };
    match instance_item(&seq, &Value::Int(i as i64), None) {
        Ok(v) => {
            if let Iter::GetItem(_, n) = &mut *it.borrow_mut() {
                *n += 1;
            }
            Ok(Some(v))
        }
        Err(e) if e.is(ExcType::IndexError) || e.is(ExcType::StopIteration) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `repr(v)` of an instance, or `str(v)` when `str` is set: `__repr__` /
/// `__str__`, with the defaults of `object` and `BaseException`.
pub(super) fn instance_text(v: &Value, str_: bool) -> R<String> {
    with_vm(|vm| {
        let method = if str_ { "__str__" } else { "__repr__" };
        if let Some(r) = call_special(vm, v, method, Vec::new()) {
            return match r? {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(Exc::type_error(format!(
                    "{method} returned non-string (type {})",
                    other.type_name()
                ))),
            };
        }
        if matches!(v, Value::Instance(inst) if inst.exc.is_some()) {
            return if str_ { exc_str(v) } else { exc_repr(v) };
        }
        if str_ {
            return instance_text(v, false);
        }
        Ok(default_repr(v))
    })
}

/// `object.__repr__`: `<__main__.C object at 0x...>`.
pub fn default_repr(v: &Value) -> String {
    let Value::Instance(inst) = v else {
        return repr_plain(v);
    };
    let module = inst.class.module().unwrap_or_else(|| "builtins".into());
    let prefix = if module == "builtins" {
        String::new()
    } else {
        format!("{module}.")
    };
    format!(
        "<{prefix}{} object at {:#x}>",
        inst.class.qualname.borrow().as_str(),
        identity(v)
    )
}

fn exc_args(v: &Value) -> Vec<Value> {
    match v {
        Value::Instance(i) => match i.exc.as_deref().map(|e| e.args.borrow().clone()) {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// `BaseException.__str__`: nothing, the one argument's `str` (its `repr` for
/// `KeyError`), or the `str` of the arguments' tuple.
pub fn exc_str(v: &Value) -> R<String> {
    if let Some(s) = crate::runtime::exc_group::str_of(v) {
        return s;
    }
    let args = exc_args(v);
    let key_error = matches!(v, Value::Instance(i) if i.class.exc == Some(ExcType::KeyError));
    // `OSError(errno, strerror)`: `[Errno 2] No such file or directory: 'f'`.
    if let Value::Instance(i) = v
        && let Some(e) = &i.exc
        && let Some(f) = e.os_fields.borrow().clone()
    {
        let [errno, strerror, filename, filename2] = *f;
        let head = format!("[Errno {}] {}", to_str(&errno)?, to_str(&strerror)?);
        return Ok(match (filename, filename2) {
            (Value::None, _) => head,
            (f, Value::None) => format!("{head}: {}", repr(&f)?),
            (f, f2) => format!("{head}: {} -> {}", repr(&f)?, repr(&f2)?),
        });
    }
    match args.len() {
        0 => Ok(String::new()),
        1 if key_error => repr(&args[0]),
        1 => to_str(&args[0]),
        _ => repr(&Value::tuple(args)),
    }
}

/// `BaseException.__repr__`: `ValueError('x')`, `KeyError()`.
pub fn exc_repr(v: &Value) -> R<String> {
    let args = exc_args(v);
    let name = match v {
        Value::Instance(i) => i.class.name.borrow().as_str().to_string(),
        _ => String::new(),
    };
    Ok(match args.len() {
        1 => format!("{name}({})", repr(&args[0])?),
        _ => format!("{name}{}", repr(&Value::tuple(args))?),
    })
}

/// `str(exc)` for a traceback's last line; a failing `__str__` prints as
/// CPython prints it.
pub fn exc_str_plain(e: &Exc) -> String {
    let v = e.value();
    match to_str(&v) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    }
}

/// `format(v, spec)` for an instance: `__format__`, else `str(v)` for an empty spec.
pub(crate) fn instance_format(v: &Value, spec: &str) -> R<String> {
    with_vm(|vm| {
        if let Some(r) = call_special(vm, v, "__format__", vec![Value::str(spec)]) {
            return match r? {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(Exc::type_error(format!(
                    "__format__ must return a str, not {}",
                    other.type_name()
                ))),
            };
        }
        if spec.is_empty() {
            return to_str(v);
        }
        Err(Exc::type_error(format!(
            "unsupported format string passed to {}.__format__",
            v.type_name()
        )))
    })
}

/// A hook such as `__instancecheck__` that a class's metaclass defines.
fn meta_hook(class: &object::Class, name: &'static str) -> Option<Value> {
    class.meta.as_ref()?.lookup(name)
}

/// `isinstance(v, classinfo)` with a class, a built-in type or a tuple of them.
pub fn isinstance(v: &Value, classinfo: &Value) -> R<bool> {
    match classinfo {
        Value::Tuple(items) => {
            for c in items.iter() {
                if isinstance(v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Class(c) => match meta_hook(c, "__instancecheck__") {
            // An exact type match never asks the hook (CPython's fast path).
            Some(hook) if !matches!(v, Value::Instance(i) if Rc::ptr_eq(&i.class, c)) => {
                with_vm(|vm| {
                    is_true(&vm.call(&hook, vec![classinfo.clone(), v.clone()], Vec::new())?)
                })
            }
            _ => Ok(object::isinstance_of(v, classinfo)),
        },
        Value::Type(_) => Ok(object::isinstance_of(v, classinfo)),
        _ => Err(Exc::type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

/// `issubclass(c, classinfo)`.
pub fn issubclass(c: &Value, classinfo: &Value) -> R<bool> {
    if !matches!(c, Value::Class(_) | Value::Type(_)) {
        return Err(Exc::type_error("issubclass() arg 1 must be a class"));
    }
    match classinfo {
        Value::Tuple(items) => {
            for x in items.iter() {
                if issubclass(c, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Class(k) => match meta_hook(k, "__subclasscheck__") {
            Some(hook) => with_vm(|vm| {
                is_true(&vm.call(&hook, vec![classinfo.clone(), c.clone()], Vec::new())?)
            }),
            None => Ok(object::issubclass_of(c, classinfo)),
        },
        Value::Type(_) => Ok(object::issubclass_of(c, classinfo)),
        _ => Err(Exc::type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}
