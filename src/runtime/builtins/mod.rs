//! Built-in functions, the constructors of built-in types and the methods of
//! built-in objects (CPython's `Python/bltinmodule.c` and the method tables of
//! `Objects/`).

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use super::*;
use crate::pyrepr;
use crate::vm::Vm;

pub use iters::lazy_next;
use iters::{b_enumerate, b_filter, b_map, b_zip};
pub use methods::{find_method, methods_of};
pub use printf::percent_format;
use reflect::b_dir;
use sort::{sort_kwargs, sort_values};
pub use types::{construct, mapping_items, real_arg, to_int};

type R<T> = Result<T, Exc>;

/// Keyword arguments as passed to built-ins.
pub type Kwargs<'a> = &'a [(Rc<PyStr>, Value)];

/// A built-in function or method; methods receive their object as `args[0]`.
pub struct Builtin {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: fn(&Vm, &[Value], Kwargs<'_>) -> R<Value>,
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
    "open" => b_open,
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
    "issubclass" => b_issubclass,
    "hasattr" => b_hasattr,
    "getattr" => b_getattr,
    "setattr" => b_setattr,
    "delattr" => b_delattr,
    "super" => b_super,
    "property" => b_property,
    "staticmethod" => b_staticmethod,
    "classmethod" => b_classmethod,
    "enumerate" => b_enumerate,
    "zip" => b_zip,
    "map" => b_map,
    "filter" => b_filter,
    "globals" => b_globals,
    "vars" => b_vars,
    "locals" => b_globals,
    "dir" => b_dir,
    "__import__" => b_import,
}

/// The names every module sees: built-in functions, types and exceptions.
pub fn builtin_namespace() -> Vec<(&'static str, Value)> {
    let mut out: Vec<(&'static str, Value)> = FUNCTIONS
        .iter()
        .map(|b| (b.name, Value::Builtin(b)))
        .collect();
    for &t in ExcType::ALL {
        out.push((t.name(), Value::Class(t.class())));
    }
    out.push(("IOError", Value::Class(ExcType::OSError.class())));
    out.push(("EnvironmentError", Value::Class(ExcType::OSError.class())));
    out.push(("NotImplemented", Value::NotImplemented));
    out.push(("__debug__", Value::Bool(true)));
    out.push(("Ellipsis", Value::Ellipsis));
    out.push(("__build_class__", Value::Builtin(&BUILD_CLASS)));
    for t in [
        TypeKind::Object,
        TypeKind::Bool,
        TypeKind::Int,
        TypeKind::Float,
        TypeKind::Complex,
        TypeKind::Str,
        TypeKind::Bytes,
        TypeKind::ByteArray,
        TypeKind::List,
        TypeKind::Tuple,
        TypeKind::Dict,
        TypeKind::Set,
        TypeKind::FrozenSet,
        TypeKind::Range,
        TypeKind::Slice,
        TypeKind::Type,
    ] {
        out.push((t.name(), Value::Type(t)));
    }
    out
}

/// `__build_class__`, which `LOAD_BUILD_CLASS` pushes.
pub static BUILD_CLASS: Builtin = Builtin {
    name: "__build_class__",
    func: object::build_class,
};

/// `super`, which `LOAD_SUPER_ATTR` recognises.
pub static SUPER: Builtin = Builtin {
    name: "super",
    func: b_super,
};

fn attr_name(v: &Value) -> R<&Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(Exc::type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn b_globals(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("globals", args, 0, 0)?;
    Ok(Value::Dict(vm.current_globals()))
}

fn b_vars(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("vars", args, 0, 1)?;
    match args.first() {
        None => Ok(Value::Dict(vm.current_globals())),
        Some(v) => match vm.getattr(v, &intern("__dict__")) {
            Err(e) if e.is(ExcType::AttributeError) => Err(Exc::type_error(
                "vars() argument must have __dict__ attribute",
            )),
            other => other,
        },
    }
}

fn b_hasattr(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("hasattr", args, 2, 2)?;
    let name = attr_name(&args[1])?;
    match vm.getattr(&args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is(ExcType::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn b_getattr(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("getattr", args, 2, 3)?;
    let name = attr_name(&args[1])?;
    match vm.getattr(&args[0], name) {
        Err(e) if args.len() == 3 && e.is(ExcType::AttributeError) => Ok(args[2].clone()),
        r => r,
    }
}

fn b_setattr(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("setattr", args, 3, 3)?;
    let name = attr_name(&args[1])?;
    vm.setattr(&args[0], name, Some(args[2].clone()))?;
    Ok(Value::None)
}

fn b_delattr(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("delattr", args, 2, 2)?;
    let name = attr_name(&args[1])?;
    vm.setattr(&args[0], name, None)?;
    Ok(Value::None)
}

/// `super(type, obj)` where obj is neither an instance nor a subtype of type.
pub(crate) fn super_mismatch(class: &Rc<object::Class>, obj: &Value) -> Exc {
    let what = match obj {
        Value::Class(k) => format!("type {}", k.name.borrow().as_str()),
        Value::Type(t) => format!("type {}", t.name()),
        other => format!("instance of {}", other.type_name()),
    };
    Exc::type_error(format!(
        "super(type, obj): obj ({what}) is not an instance or subtype of type ({}).",
        class.name.borrow().as_str()
    ))
}

fn b_super(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    match args {
        [Value::Class(c), obj] => {
            let ok = match obj {
                Value::Instance(i) => i.class.is_subclass(&args[0]),
                Value::Class(k) => k.is_subclass(&args[0]) || object::isinstance_of(obj, &args[0]),
                _ => false,
            };
            if !ok {
                return Err(super_mismatch(c, obj));
            }
            Ok(Value::Descr(Rc::new(object::Descr::Super {
                class: c.clone(),
                obj: obj.clone(),
            })))
        }
        [] => Err(Exc::new(ExcType::RuntimeError, "super(): no arguments")),
        [first, ..] if !matches!(first, Value::Class(_)) => Err(Exc::type_error(format!(
            "super() argument 1 must be a type, not {}",
            first.type_name()
        ))),
        _ => Err(Exc::new(
            ExcType::NotImplementedError,
            "pyforge supports super() and super(type, obj) only",
        )),
    }
}

fn b_property(_: &Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    arity("property", args, 0, 4)?;
    let mut slots = [Value::None, Value::None, Value::None];
    for (i, v) in args.iter().take(3).enumerate() {
        slots[i] = v.clone();
    }
    let mut doc = args.get(3).cloned().unwrap_or(Value::None);
    for (k, v) in kwargs {
        match k.as_str() {
            "fget" => slots[0] = v.clone(),
            "fset" => slots[1] = v.clone(),
            "fdel" => slots[2] = v.clone(),
            "doc" => doc = v.clone(),
            other => {
                return Err(Exc::type_error(format!(
                    "property() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let [fget, fset, fdel] = slots;
    Ok(Value::Descr(Rc::new(object::Descr::Property {
        fget,
        fset,
        fdel,
        doc,
    })))
}

fn b_staticmethod(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("staticmethod", args, 1, 1)?;
    Ok(Value::Descr(Rc::new(object::Descr::StaticMethod(
        args[0].clone(),
    ))))
}

fn b_classmethod(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("classmethod", args, 1, 1)?;
    Ok(Value::Descr(Rc::new(object::Descr::ClassMethod(
        args[0].clone(),
    ))))
}

/// A property's `getter`/`setter`/`deleter` (a copy with one accessor
/// replaced), and `fget`/`fset`/`fdel`; `__func__` of static and class methods.
pub fn descr_getattr(obj: &Value, d: &object::Descr, name: &str) -> R<Value> {
    use object::Descr;
    match (d, name) {
        (Descr::Property { .. }, _)
            if let Some(m) = PROPERTY_METHODS.iter().find(|m| m.name == name) =>
        {
            Ok(Value::Method(Rc::new((obj.clone(), *m))))
        }
        (Descr::Property { fget, .. }, "fget") => Ok(fget.clone()),
        (Descr::Property { fset, .. }, "fset") => Ok(fset.clone()),
        (Descr::Property { fdel, .. }, "fdel") => Ok(fdel.clone()),
        (Descr::Property { fget, doc, .. }, "__doc__") => match (doc, fget) {
            (Value::None, Value::None) => Ok(Value::None),
            (Value::None, f) => {
                object::with_vm(|vm| vm.getattr(f, &intern_static("__doc__")).or(Ok(Value::None)))
            }
            (d, _) => Ok(d.clone()),
        },
        (Descr::StaticMethod(f) | Descr::ClassMethod(f), "__func__") => Ok(f.clone()),
        (Descr::Member { name, .. }, "__name__") => Ok(Value::Str(name.clone())),
        (Descr::Member { owner, name, .. }, "__qualname__") => {
            Ok(Value::str(&format!("{}.{}", owner.as_str(), name.as_str())))
        }
        (Descr::Member { .. }, "__doc__") => Ok(Value::None),
        (Descr::Member { .. }, _)
            if let Some(m) = MEMBER_METHODS.iter().find(|m| m.name == name) =>
        {
            Ok(Value::Method(Rc::new((obj.clone(), *m))))
        }
        _ => Err(object::no_attribute(obj, name)),
    }
}

/// The member descriptor a `__get__`/`__set__`/`__delete__` is bound to.
fn member_of<'a>(a: &'a [Value], method: &str, lo: usize, hi: usize) -> R<&'a object::Descr> {
    arity(method, &a[1..], lo, hi)?;
    match &a[0] {
        Value::Descr(d) if matches!(**d, object::Descr::Member { .. }) => Ok(d),
        _ => Err(Exc::type_error("expected a member descriptor")),
    }
}

/// The methods of a member descriptor.
static MEMBER_METHODS: [&Builtin; 3] = [&MEMBER_GET, &MEMBER_SET, &MEMBER_DELETE];

static MEMBER_GET: Builtin = Builtin {
    name: "__get__",
    func: |_, a, _| {
        // `__get__(None, cls)` is the descriptor itself.
        let d = member_of(a, "__get__", 1, 2)?;
        match &a[1] {
            Value::None => Ok(a[0].clone()),
            obj => object::member_get(d, obj),
        }
    },
};
static MEMBER_SET: Builtin = Builtin {
    name: "__set__",
    func: |_, a, _| {
        let d = member_of(a, "__set__", 2, 2)?;
        object::member_set(d, &a[1], Some(a[2].clone())).map(|()| Value::None)
    },
};
static MEMBER_DELETE: Builtin = Builtin {
    name: "__delete__",
    func: |_, a, _| {
        let d = member_of(a, "__delete__", 1, 1)?;
        object::member_set(d, &a[1], None).map(|()| Value::None)
    },
};

/// `property.__get__(obj, type=None)`, `__set__(obj, value)` and
/// `__delete__(obj)`: the accessor called, or CPython's error for a missing one.
fn property_call(vm: &Vm, a: &[Value], which: usize) -> R<Value> {
    let method = ["__get__", "__set__", "__delete__"][which];
    let (lo, hi) = [(1, 2), (2, 2), (1, 1)][which];
    arity(method, &a[1..], lo, hi)?;
    let Value::Descr(d) = &a[0] else {
        return Err(Exc::type_error("expected a property"));
    };
    let object::Descr::Property {
        fget, fset, fdel, ..
    } = &**d
    else {
        return Err(Exc::type_error("expected a property"));
    };
    if which == 0 && matches!(a[1], Value::None) {
        return Ok(a[0].clone());
    }
    let (f, what) = [(fget, "getter"), (fset, "setter"), (fdel, "deleter")][which];
    if matches!(f, Value::None) {
        // The name the property has in the object's class, as CPython's
        // `__set_name__` records it.
        let name = match &a[1] {
            Value::Instance(i) => i.class.full_mro().iter().find_map(|c| match c {
                Value::Class(c) => c.dict.borrow().iter().find_map(|(k, v)| {
                    crate::runtime::ops::is_same(v, &a[0]).then(|| k.value().clone())
                }),
                _ => None,
            }),
            _ => None,
        };
        // Outside a class it is named after its getter.
        let name = name.or_else(|| match fget {
            Value::Function(g) => Some(Value::Str(g.name.borrow().clone())),
            _ => None,
        });
        let name = name.map_or(String::new(), |n| format!(" {}", repr_plain(&n)));
        return Err(Exc::new(
            ExcType::AttributeError,
            format!(
                "property{name} of '{}' object has no {what}",
                a[1].type_name()
            ),
        ));
    }
    let args = if which == 1 {
        vec![a[1].clone(), a[2].clone()]
    } else {
        vec![a[1].clone()]
    };
    vm.call(f, args, Vec::new())
        .map(|v| if which == 0 { v } else { Value::None })
}

/// The methods of a property object.
static PROPERTY_METHODS: [&Builtin; 6] = [
    &PROPERTY_GETTER,
    &PROPERTY_SETTER,
    &PROPERTY_DELETER,
    &PROPERTY_GET,
    &PROPERTY_SET,
    &PROPERTY_DELETE,
];

static PROPERTY_GET: Builtin = Builtin {
    name: "__get__",
    func: |vm, a, _| property_call(vm, a, 0),
};
static PROPERTY_SET: Builtin = Builtin {
    name: "__set__",
    func: |vm, a, _| property_call(vm, a, 1),
};
static PROPERTY_DELETE: Builtin = Builtin {
    name: "__delete__",
    func: |vm, a, _| property_call(vm, a, 2),
};

fn property_with(args: &[Value], which: usize) -> R<Value> {
    let (Some(Value::Descr(d)), Some(f)) = (args.first(), args.get(1)) else {
        return Err(Exc::type_error("expected a property and a function"));
    };
    let object::Descr::Property {
        fget,
        fset,
        fdel,
        doc,
    } = &**d
    else {
        return Err(Exc::type_error("expected a property"));
    };
    let mut slots = [fget.clone(), fset.clone(), fdel.clone()];
    slots[which] = f.clone();
    let [fget, fset, fdel] = slots;
    Ok(Value::Descr(Rc::new(object::Descr::Property {
        fget,
        fset,
        fdel,
        doc: doc.clone(),
    })))
}

static PROPERTY_GETTER: Builtin = Builtin {
    name: "getter",
    func: |_, a, _| property_with(a, 0),
};
static PROPERTY_SETTER: Builtin = Builtin {
    name: "setter",
    func: |_, a, _| property_with(a, 1),
};
static PROPERTY_DELETER: Builtin = Builtin {
    name: "deleter",
    func: |_, a, _| property_with(a, 2),
};

/// A static method of a built-in type (`str.maketrans`, `type.__new__`).
pub fn static_method(kind: TypeKind, name: &str) -> Option<&'static Builtin> {
    match (kind, name) {
        (TypeKind::Str, "maketrans") => Some(&strmore::STR_MAKETRANS),
        (TypeKind::Type, "__new__") => Some(&TYPE_NEW),
        _ => None,
    }
}

/// A class method of a built-in type (`dict.fromkeys`, `int.from_bytes`):
/// its first argument is the class it was looked up on, so a subclass gets
/// an instance of itself.
pub fn class_method(kind: TypeKind, name: &str) -> Option<&'static Builtin> {
    match (kind, name) {
        (TypeKind::Dict, "fromkeys") => Some(&methods::DICT_FROMKEYS),
        (TypeKind::Int, "from_bytes") => Some(&INT_FROM_BYTES),
        (TypeKind::Float, "fromhex") => Some(&FLOAT_FROMHEX),
        (TypeKind::Bytes, "fromhex") => Some(&bytes::BYTES_FROMHEX),
        (TypeKind::ByteArray, "fromhex") => Some(&bytes::BYTEARRAY_FROMHEX),
        _ => None,
    }
}

/// What a built-in class method returns when called on `cls`: `value` itself
/// for the built-in type, `cls(value)` for a subclass (CPython's
/// `int.from_bytes` and the `fromhex` methods).
pub(super) fn for_class(vm: &Vm, cls: &Value, kind: TypeKind, value: Value) -> R<Value> {
    match cls {
        Value::Type(k) if *k == kind => Ok(value),
        _ => vm.call(cls, vec![value], Vec::new()),
    }
}

static TYPE_NEW: Builtin = Builtin {
    name: "__new__",
    func: object::type_new_call,
};

static INT_FROM_BYTES: Builtin = Builtin {
    name: "from_bytes",
    func: int_from_bytes,
};

fn int_from_bytes(vm: &Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    let (cls, a) = a.split_first().expect("a class method gets its class");
    let mut bytes = a.first().cloned();
    let mut order = a.get(1).cloned().unwrap_or(Value::str("big"));
    let mut signed = Value::Bool(false);
    for (k, v) in kwargs {
        match k.as_str() {
            "bytes" => bytes = Some(v.clone()),
            "byteorder" => order = v.clone(),
            "signed" => signed = v.clone(),
            other => {
                return Err(Exc::type_error(format!(
                    "from_bytes() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let Some(bytes) = bytes else {
        return Err(Exc::type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let mut data: Vec<u8> = match &bytes {
        Value::Bytes(_) | Value::ByteArray(_) => {
            bytes.byte_data().expect("bytes-like").into_owned()
        }
        Value::Str(_) => {
            return Err(Exc::type_error("cannot convert 'str' object to bytes"));
        }
        other => vm
            .iterate(other)?
            .iter()
            .map(|x| match x {
                Value::Int(i) if (0..256).contains(i) => Ok(*i as u8),
                _ => Err(Exc::value_error("bytes must be in range(0, 256)")),
            })
            .collect::<R<_>>()?,
    };
    match order.str_like() {
        Some("little") => {}
        Some("big") => data.reverse(),
        _ => {
            return Err(Exc::value_error(
                "byteorder must be either 'little' or 'big'",
            ));
        }
    }
    let n = if vm.truthy(&signed)? {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    };
    for_class(vm, cls, TypeKind::Int, Value::int(n))
}

static FLOAT_FROMHEX: Builtin = Builtin {
    name: "fromhex",
    func: |vm, a, _| {
        let Some(s) = a.get(1).and_then(|v| v.str_like()) else {
            return Err(Exc::type_error("fromhex() argument must be str"));
        };
        for_class(vm, &a[0], TypeKind::Float, float_fromhex(s)?)
    },
};

fn float_fromhex(text: &str) -> R<Value> {
    let bad = || Exc::value_error("invalid hexadecimal floating-point string");
    let t = text.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let sign = if neg { -1.0 } else { 1.0 };
    match lower.as_str() {
        "inf" | "infinity" => return Ok(Value::Float(sign * f64::INFINITY)),
        "nan" => return Ok(Value::Float(f64::NAN)),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().map_err(|_| bad())?),
        None => (body, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(bad());
    }
    let mut value = 0f64;
    for c in int_part.chars() {
        value = value * 16.0 + c.to_digit(16).ok_or_else(bad)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in frac_part.chars() {
        value += c.to_digit(16).ok_or_else(bad)? as f64 * scale;
        scale /= 16.0;
    }
    // value * 2**exp in steps that stay representable (2**-1074 itself is
    // a float, but 2**1074 is not, so powi(-1074) would give 0).
    let mut r = value;
    let mut e = exp.clamp(-4000, 4000);
    while e > 1000 {
        r *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        r *= 2f64.powi(-1000);
        e += 1000;
    }
    let r = r * 2f64.powi(e as i32);
    if r.is_infinite() {
        return Err(Exc::new(
            ExcType::OverflowError,
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(Value::Float(sign * r))
}

/// The methods every class inherits from `object` (exception classes, those
/// of `BaseException` and groups those of `BaseExceptionGroup` first), looked
/// up when no class on the MRO defines `name`; `exc` is the class's built-in
/// exception base.
pub fn object_method(exc: Option<ExcType>, name: &str) -> Option<&'static Builtin> {
    let group: &[Builtin] = match exc {
        Some(t) if t.is_group() => crate::runtime::exc_group::GROUP_METHODS,
        _ => &[],
    };
    let table: &[Builtin] = if exc.is_some() { EXC_METHODS } else { &[] };
    group
        .iter()
        .chain(table)
        .chain(OBJECT_METHODS)
        .find(|b| b.name == name)
}

builtins! { OBJECT_METHODS:
    "__init__" => o_init,
    "__new__" => o_new,
    "__repr__" => o_repr,
    "__str__" => o_str,
    "__eq__" => o_eq,
    "__ne__" => o_ne,
    "__hash__" => o_hash,
    "__setattr__" => o_setattr,
    "__getattribute__" => o_getattribute,
    "__delattr__" => o_delattr,
    "__format__" => o_format,
    "__init_subclass__" => o_init_subclass,
}

builtins! { EXC_METHODS:
    "__init__" => e_init,
    "__str__" => e_str,
    "__repr__" => e_repr,
    "with_traceback" => e_with_traceback,
    "add_note" => e_add_note,
}

/// `exc.add_note(note)`: appends to the `__notes__` list a traceback prints.
fn e_add_note(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("add_note", args, 2, 2)?;
    if !matches!(args[1], Value::Str(_)) {
        return Err(Exc::type_error(format!(
            "note must be a str, not '{}'",
            args[1].type_name()
        )));
    }
    let Value::Instance(inst) = &args[0] else {
        return Err(Exc::type_error("add_note() requires an exception"));
    };
    Exc(inst.clone()).add_note_value(args[1].clone())?;
    Ok(Value::None)
}

fn o_init(_: &Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    if args.len() > 1 || !kwargs.is_empty() {
        return Err(Exc::type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(Value::None)
}

fn o_new(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    match args.first() {
        // `BaseException.__new__` keeps the arguments; a group checks them.
        Some(Value::Class(c)) if c.exc.is_some_and(ExcType::is_group) => Ok(Value::Instance(
            crate::runtime::exc_group::new(vm, c, &args[1..])?,
        )),
        Some(Value::Class(c)) if c.exc.is_some() => Ok(Value::Instance(
            object::Instance::new_exception(c.clone(), Value::tuple(args[1..].to_vec())),
        )),
        Some(Value::Class(c)) => Ok(Value::Instance(match c.base_kind {
            Some(kind) => object::Instance::with_base(
                c.clone(),
                crate::runtime::slots::new_base(vm, kind, &[], &[])?,
            ),
            None => object::Instance::new(c.clone()),
        })),
        Some(Value::Type(TypeKind::Object)) => Ok(Value::Instance(object::Instance::new(
            object::plain_object_class(),
        ))),
        Some(Value::Type(t)) => Err(Exc::type_error(format!(
            "object.__new__({0}) is not safe, use {0}.__new__()",
            t.name()
        ))),
        Some(other) => Err(Exc::type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            other.type_name()
        ))),
        None => Err(Exc::type_error("object.__new__(): not enough arguments")),
    }
}

fn o_repr(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("__repr__", args, 1, 1)?;
    Ok(Value::str(&default_repr(&args[0])))
}

fn o_str(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("__str__", args, 1, 1)?;
    Ok(Value::str(&vm.repr(&args[0])?))
}

fn o_eq(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("__eq__", args, 2, 2)?;
    Ok(if is_same(&args[0], &args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn o_ne(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("__ne__", args, 2, 2)?;
    Ok(if is_same(&args[0], &args[1]) {
        Value::Bool(false)
    } else {
        Value::NotImplemented
    })
}

fn o_hash(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("__hash__", args, 1, 1)?;
    Ok(Value::Int((identity(&args[0]) >> 4) as i64))
}

fn o_setattr(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("__setattr__", args, 3, 3)?;
    match (&args[0], &args[1]) {
        (Value::Instance(i), Value::Str(name)) => {
            object::generic_setattr(vm, i, name, Some(args[2].clone()))?
        }
        (obj, Value::Str(name)) => vm.setattr(obj, name, Some(args[2].clone()))?,
        (_, other) => {
            return Err(Exc::type_error(format!(
                "attribute name must be string, not '{}'",
                other.type_name()
            )));
        }
    }
    Ok(Value::None)
}

fn o_delattr(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("__delattr__", args, 2, 2)?;
    match (&args[0], &args[1]) {
        (Value::Instance(i), Value::Str(name)) => object::generic_setattr(vm, i, name, None)?,
        (obj, Value::Str(name)) => vm.setattr(obj, name, None)?,
        (_, other) => {
            return Err(Exc::type_error(format!(
                "attribute name must be string, not '{}'",
                other.type_name()
            )));
        }
    }
    Ok(Value::None)
}

fn o_getattribute(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("__getattribute__", args, 2, 2)?;
    let name = attr_name(&args[1])?;
    vm.getattr(&args[0], name)
}

fn o_format(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("__format__", args, 2, 2)?;
    match &args[1] {
        Value::Str(s) if s.as_str().is_empty() => Ok(Value::str(&vm.to_str(&args[0])?)),
        _ => Err(Exc::type_error(format!(
            "unsupported format string passed to {}.__format__",
            args[0].type_name()
        ))),
    }
}

fn o_init_subclass(_: &Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    if !kwargs.is_empty() {
        let name = args
            .first()
            .map_or("object".to_string(), object::class_name_of);
        return Err(Exc::type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn e_init(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    if let Some(Value::Instance(i)) = args.first()
        && let Some(e) = &i.exc
    {
        *e.args.borrow_mut() = Value::tuple(args[1..].to_vec());
    }
    Ok(Value::None)
}

fn e_str(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("__str__", args, 1, 1)?;
    Ok(Value::str(&exc_str(&args[0])?))
}

fn e_repr(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("__repr__", args, 1, 1)?;
    Ok(Value::str(&exc_repr(&args[0])?))
}

fn e_with_traceback(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("with_traceback", args, 2, 2)?;
    if let Value::Instance(i) = &args[0]
        && let Some(e) = &i.exc
    {
        e.set_traceback(&args[1])?;
    }
    Ok(args[0].clone())
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
                "{name} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                args.len()
            )
        };
        return Err(Exc::type_error(msg));
    }
    Ok(())
}

/// Binds a built-in's arguments the way CPython's Argument Clinic does for
/// positional-or-keyword parameters `names`, of which the first `required`
/// must be given: one slot per parameter, `None` where it was omitted.
fn clinic(
    name: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
    names: &[&str],
    required: usize,
) -> R<Vec<Option<Value>>> {
    if args.len() > names.len() {
        return Err(Exc::type_error(format!(
            "{name}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            args.len()
        )));
    }
    let mut slots: Vec<Option<Value>> = names.iter().map(|_| None).collect();
    for (slot, v) in slots.iter_mut().zip(args) {
        *slot = Some(v.clone());
    }
    let mut used = 0;
    for (i, param) in names.iter().enumerate() {
        if let Some((_, v)) = kwargs.iter().find(|(k, _)| k.as_str() == *param) {
            if slots[i].is_some() {
                return Err(Exc::type_error(format!(
                    "argument for {name}() given by name ('{param}') and position ({})",
                    i + 1
                )));
            }
            slots[i] = Some(v.clone());
            used += 1;
        }
    }
    if let Some(i) = (0..required).find(|&i| slots[i].is_none()) {
        return Err(Exc::type_error(format!(
            "{name}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    if used < kwargs.len()
        && let Some((k, _)) = kwargs.iter().find(|(k, _)| !names.contains(&k.as_str()))
    {
        return Err(Exc::type_error(format!(
            "{name}() got an unexpected keyword argument '{}'",
            k.as_str()
        )));
    }
    Ok(slots)
}

fn no_kwargs(name: &str, kwargs: Kwargs<'_>) -> R<()> {
    if !kwargs.is_empty() {
        return Err(Exc::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    Ok(())
}

fn b_print(vm: &Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    for (k, v) in kwargs {
        let target = match k.as_str() {
            "sep" => &mut sep,
            "end" => &mut end,
            "file" => {
                file = v.clone();
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
    // Without file=, print writes to whatever sys.stdout is now.
    if matches!(file, Value::None)
        && let Some(Value::Module(sys)) = vm.loaded_module("sys")
    {
        file = sys
            .dict
            .borrow()
            .get(&StrKey::new("stdout"))
            .cloned()
            .unwrap_or(Value::None);
        if matches!(file, Value::None) {
            return Ok(Value::None);
        }
    }
    if matches!(file, Value::None) || crate::modules::sys::is_vm_stdout(&file) {
        let mut line = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                line.push_str(&sep);
            }
            match vm.to_str(a) {
                Ok(text) => line.push_str(&text),
                Err(e) => {
                    // What came before the failing argument was written.
                    vm.write_stdout(&line);
                    return Err(e);
                }
            }
        }
        line.push_str(&end);
        vm.write_stdout(&line);
        return Ok(Value::None);
    }
    // Another stream gets each piece in its own write() call, as in CPython.
    let write = vm.getattr(&file, &intern("write"))?;
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            vm.call(&write, vec![Value::str(&sep)], Vec::new())?;
        }
        let text = vm.to_str(a)?;
        vm.call(&write, vec![Value::str(&text)], Vec::new())?;
    }
    vm.call(&write, vec![Value::str(&end)], Vec::new())?;
    Ok(Value::None)
}

fn b_len(_: &Vm, args: &[Value], kw: Kwargs<'_>) -> R<Value> {
    no_kwargs("len", kw)?;
    arity("len", args, 1, 1)?;
    Ok(Value::Int(len(&args[0])? as i64))
}

fn b_repr(vm: &Vm, args: &[Value], kw: Kwargs<'_>) -> R<Value> {
    no_kwargs("repr", kw)?;
    arity("repr", args, 1, 1)?;
    Ok(Value::str(&vm.repr(&args[0])?))
}

fn b_format(vm: &Vm, args: &[Value], kw: Kwargs<'_>) -> R<Value> {
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

fn b_ascii(vm: &Vm, args: &[Value], kw: Kwargs<'_>) -> R<Value> {
    no_kwargs("ascii", kw)?;
    arity("ascii", args, 1, 1)?;
    Ok(Value::str(&pyrepr::ascii_escape(&vm.repr(&args[0])?)))
}

fn b_abs(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
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
        v @ Value::Instance(_) => unary(v, "__abs__", "abs"),
        other => Err(Exc::type_error(format!(
            "bad operand type for abs(): '{}'",
            other.type_name()
        ))),
    }
}

fn min_max(vm: &Vm, name: &str, args: &[Value], kwargs: Kwargs<'_>, want: CmpOp) -> R<Value> {
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
        1 => get_iter(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(Exc::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            get_iter(&Value::tuple(args.to_vec()))?
        }
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = next_of(&items)? {
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

fn b_min(vm: &Vm, args: &[Value], kw: Kwargs<'_>) -> R<Value> {
    min_max(vm, "min", args, kw, CmpOp::Lt)
}

fn b_max(vm: &Vm, args: &[Value], kw: Kwargs<'_>) -> R<Value> {
    min_max(vm, "max", args, kw, CmpOp::Gt)
}

fn b_sum(_: &Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
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
        Value::Bytes(_) | Value::ByteArray(_) => {
            return Err(Exc::type_error(format!(
                "sum() can't sum {} [use b''.join(seq) instead]",
                acc.type_name()
            )));
        }
        _ => {}
    }
    // Float runs are added with Neumaier's compensated summation, as CPython 3.12+
    // does: `sum([0.1] * 10) == 1.0`.
    let mut float_run: Option<(f64, f64)> = None;
    let items = get_iter(&args[0])?;
    while let Some(item) = next_of(&items)? {
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

fn b_isinstance(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("isinstance", args, 2, 2)?;
    Ok(Value::Bool(isinstance(&args[0], &args[1])?))
}

fn b_issubclass(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("issubclass", args, 2, 2)?;
    Ok(Value::Bool(issubclass(&args[0], &args[1])?))
}

fn b_iter(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    match args {
        [it] => get_iter(it),
        [f, sentinel] => {
            if !is_callable(f) {
                return Err(Exc::type_error("iter(v, w): v must be callable"));
            }
            Ok(Value::Iter(Rc::new(RefCell::new(Iter::Callable(Some((
                f.clone(),
                sentinel.clone(),
            )))))))
        }
        _ => arity("iter", args, 1, 2).map(|_| Value::None),
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the
/// module, or for a dotted name without `fromlist` its top-level package.
fn b_import(vm: &Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    let mut fromlist = args.get(3).cloned();
    let mut level = args.get(4).cloned();
    for (k, v) in kwargs {
        match k.as_str() {
            "fromlist" => fromlist = Some(v.clone()),
            "level" => level = Some(v.clone()),
            "globals" | "locals" => {}
            other => {
                return Err(Exc::type_error(format!(
                    "__import__() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let Some(Value::Str(name)) = args.first() else {
        return Err(match args.first() {
            Some(other) => Exc::type_error(format!(
                "__import__() argument 1 must be str, not {}",
                other.type_name()
            )),
            None => Exc::type_error("__import__() missing required argument 'name' (pos 1)"),
        });
    };
    if !matches!(level, None | Some(Value::Int(0))) {
        return Err(Exc::new(
            ExcType::NotImplementedError,
            "pyforge's __import__() takes absolute imports only",
        ));
    }
    let module = vm.import_module(name.as_str())?;
    let wants_leaf = match &fromlist {
        None | Some(Value::None) => false,
        Some(f) => is_true(f)?,
    };
    match name.as_str().split_once('.') {
        Some((top, _)) if !wants_leaf => vm.import_module(top),
        _ => Ok(module),
    }
}

/// `open(...)`: `io.open` (the bundled `lib/io.py`).
fn b_open(vm: &Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    let io = vm.import_module("io")?;
    let open = vm.getattr(&io, &intern_static("open"))?;
    vm.call(&open, args.to_vec(), kwargs.to_vec())
}

fn b_next(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("next", args, 1, 2)?;
    // Without a default, the iterator's own `StopIteration` (and the value
    // a generator returned) reaches the caller.
    let r = match &args[0] {
        Value::Generator(g) if !g.coroutine => match vm.resume(g, Value::None, None)? {
            crate::vm::Resumed::Yielded(v) => Ok(v),
            crate::vm::Resumed::Returned(v) => Err(crate::vm::stop_iteration(v)),
        },
        it @ Value::Instance(_) => match object::call_special(vm, it, "__next__", Vec::new()) {
            Some(r) => r,
            None => Err(Exc::type_error(format!(
                "'{}' object is not an iterator",
                it.type_name()
            ))),
        },
        it => match next_of(it)? {
            Some(v) => Ok(v),
            None => Err(Exc::new(ExcType::StopIteration, "")),
        },
    };
    match (r, args.get(1)) {
        (Err(e), Some(default)) if e.is(ExcType::StopIteration) => Ok(default.clone()),
        (r, _) => r,
    }
}

fn b_hash(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("hash", args, 1, 1)?;
    Ok(Value::Int(py_hash(&args[0])?))
}

fn b_id(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("id", args, 1, 1)?;
    Ok(Value::Int(identity(&args[0]) as i64))
}

fn b_ord(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) if s.char_len() == 1 => Ok(Value::Int(
            s.as_str().chars().next().expect("one char") as i64,
        )),
        Value::Str(s) => Err(Exc::type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        ))),
        v @ (Value::Bytes(_) | Value::ByteArray(_)) => {
            let b = v.byte_data().expect("bytes-like");
            match &b[..] {
                [c] => Ok(Value::Int(*c as i64)),
                _ => Err(Exc::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                ))),
            }
        }
        other => Err(Exc::type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

fn b_chr(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("chr", args, 1, 1)?;
    match index_int(&args[0]).transpose()? {
        Some(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
            Some(c) => Ok(Value::str(c.encode_utf8(&mut [0; 4]))),
            None => Err(Exc::value_error("chr() arg not in range(0x110000)")),
        },
        Some(_) => Err(Exc::value_error("chr() arg not in range(0x110000)")),
        None => Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            args[0].type_name()
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

fn b_round(vm: &Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    let bound = clinic("round", args, kwargs, &["number", "ndigits"], 1)?;
    let args: Vec<Value> = bound.into_iter().flatten().collect();
    let args = &args[..];
    if let Value::Instance(_) = &args[0]
        && let Some(r) = object::call_special(
            vm,
            &args[0],
            "__round__",
            args.get(1).into_iter().cloned().collect(),
        )
    {
        return r;
    }
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
                round_float_to_tens(*f, n.unsigned_abs()).map(Value::Float)
            }
        }
        (other, _) => Err(Exc::type_error(format!(
            "type {} doesn't define __round__ method",
            other.type_name()
        ))),
    }
}

/// `round(f, -k)`: `f` rounded half to even to a multiple of `10**k`,
/// computed exactly on the float's binary value (CPython's correctly
/// rounded `double_round`).
fn round_float_to_tens(f: f64, k: u64) -> R<f64> {
    // Beyond the largest float's magnitude everything rounds to zero.
    if k > 308 {
        return Ok(0.0f64.copysign(f));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    let ten_k = num_traits::pow::Pow::pow(BigInt::from(10), k as u32);
    let (num, den) = if e >= 0 {
        (BigInt::from(mant) << e as usize, ten_k.clone())
    } else {
        (BigInt::from(mant), &ten_k << (-e) as usize)
    };
    let (q, r) = num_integer::Integer::div_rem(&num, &den);
    let twice: BigInt = r * 2;
    let up = twice > den || (twice == den && num_integer::Integer::is_odd(&q));
    let q = if up { q + 1 } else { q };
    let v = num_traits::ToPrimitive::to_f64(&(q * ten_k)).unwrap_or(f64::INFINITY);
    if v.is_infinite() {
        return Err(Exc::new(
            ExcType::OverflowError,
            "rounded value too large to represent",
        ));
    }
    Ok(v.copysign(f))
}

fn b_divmod(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    let unsupported = || {
        Exc::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        ))
    };
    if a.has_py_class() || b.has_py_class() {
        for (x, y, name) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
            if let Some(r) = object::call_special(vm, x, name, vec![y.clone()]) {
                match r? {
                    Value::NotImplemented => {}
                    v => return Ok(v),
                }
            }
        }
        return Err(unsupported());
    }
    let zero = matches!(b, Value::Float(f) if *f == 0.0)
        || matches!(b, Value::Int(0) | Value::Bool(false));
    if zero && (matches!(a, Value::Float(_)) || matches!(b, Value::Float(_))) {
        return Err(Exc::new(ExcType::ZeroDivisionError, "float divmod()"));
    }
    let q = binary_op(a, b, BinOp::FloorDiv, false).map_err(|e| {
        if e.ty() == ExcType::TypeError {
            unsupported()
        } else {
            e
        }
    })?;
    let r = binary_op(&args[0], &args[1], BinOp::Rem, false)?;
    Ok(Value::tuple(vec![q, r]))
}

fn b_pow(_: &Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    let bound = clinic("pow", args, kwargs, &["base", "exp", "mod"], 2)?;
    // `mod=None` is no modulus.
    let args: Vec<Value> = bound
        .into_iter()
        .enumerate()
        .filter_map(|(i, v)| v.filter(|v| i < 2 || !matches!(v, Value::None)))
        .collect();
    if args.len() == 3 && args.iter().any(|v| matches!(v, Value::Complex(..))) {
        return Err(Exc::value_error("complex modulo"));
    }
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

fn b_any(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("any", args, 1, 1)?;
    let items = get_iter(&args[0])?;
    while let Some(x) = next_of(&items)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_all(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("all", args, 1, 1)?;
    let items = get_iter(&args[0])?;
    while let Some(x) = next_of(&items)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn b_sorted(vm: &Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    if args.len() != 1 {
        return Err(Exc::type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let (key, reverse) = sort_kwargs("sorted", kwargs)?;
    let mut items = vm.iterate(&args[0])?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn b_reversed(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("reversed", args, 1, 1)?;
    let v = &args[0];
    let reversible = match v {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Range(_)
        | Value::Dict(_)
        | Value::DictView(_) => true,
        Value::Instance(_) => {
            if let Some(r) = object::call_special(vm, v, "__reversed__", Vec::new()) {
                return r;
            }
            if object::special(v, "__getitem__").is_none() {
                false
            } else if object::special(v, "__len__").is_none() {
                // A sequence without a length: reversed() needs one.
                return Err(Exc::type_error(format!(
                    "object of type '{}' has no len()",
                    v.type_name()
                )));
            } else {
                true
            }
        }
        _ => false,
    };
    if !reversible {
        return Err(Exc::type_error(format!(
            "'{}' object is not reversible",
            v.type_name()
        )));
    }
    let it = match v {
        Value::List(l) => Iter::ListRev(l.clone(), l.borrow().len()),
        Value::Dict(d) => dict_iter(d, ViewKind::Keys, true),
        Value::DictView(d) => dict_iter(&d.dict, d.kind, true),
        Value::Range(r) => {
            let n = r.len();
            Iter::Range(
                r.start.wrapping_add((n - 1).wrapping_mul(r.step)),
                r.step.wrapping_neg(),
                n,
            )
        }
        _ => {
            let mut items = vm.iterate(v)?;
            items.reverse();
            Iter::Values(items.into(), 0)
        }
    };
    Ok(Value::Iter(Rc::new(RefCell::new(it))))
}

fn radix(args: &[Value], name: &str, prefix: &str, r: u32) -> R<Value> {
    arity(name, args, 1, 1)?;
    let Some(i) = index_int(&args[0]) else {
        return Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            args[0].type_name()
        )));
    };
    let b = as_bigint(&i?).expect("index_int makes an int");
    let s = b.magnitude().to_str_radix(r);
    Ok(Value::str(&format!(
        "{}{prefix}{s}",
        if b < BigInt::from(0) { "-" } else { "" }
    )))
}

fn b_hex(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    radix(args, "hex", "0x", 16)
}

fn b_oct(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    radix(args, "oct", "0o", 8)
}

fn b_bin(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    radix(args, "bin", "0b", 2)
}

fn b_callable(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("callable", args, 1, 1)?;
    Ok(Value::Bool(is_callable(&args[0])))
}

/// `callable(v)`.
pub(crate) fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_)
        | Value::Builtin(_)
        | Value::Method(_)
        | Value::Type(_)
        | Value::Class(_)
        | Value::BoundMethod(_) => true,
        Value::Descr(d) => matches!(
            **d,
            object::Descr::StaticMethod(_) | object::Descr::ClassMethod(_)
        ),
        v @ Value::Instance(_) => object::special(v, "__call__").is_some(),
        _ => false,
    }
}

fn method_arity(owner: &str, name: &str, args: &[Value], min: usize, max: usize) -> R<()> {
    let given = args.len() - 1;
    if given < min || given > max {
        let msg = if min == max && min == 0 {
            format!("{owner}.{name}() takes no arguments ({given} given)")
        } else if min == max && min == 1 {
            format!("{owner}.{name}() takes exactly one argument ({given} given)")
        } else if min == max {
            format!("{name} expected {min} arguments, got {given}")
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

// After the `builtins!` macro, which the tables in these modules use.
mod bytes;
mod iters;
mod methods;
mod printf;
pub mod reflect;
mod sets;
mod sort;
mod strings;
mod strmore;
pub use strmore::is_identifier;
mod types;
