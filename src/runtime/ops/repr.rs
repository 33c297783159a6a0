//! `repr` and `str` of built-in values.

use num_bigint::BigInt;

use super::*;
use crate::pyrepr;
use crate::runtime::ViewKind;
use crate::runtime::object;

/// CPython's default limit on the digits of an int converted to or from text
/// (`sys.get_int_max_str_digits()`).
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The message of the `ValueError` for an int with too many digits.
pub const INT_DIGITS_MESSAGE: &str = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

/// `repr(v)` for values that need no VM (no user-defined `__repr__`), or the
/// `ValueError` CPython raises for an int with more than 4300 digits.
pub fn repr(v: &Value) -> R<String> {
    if matches!(v, Value::Instance(_)) || object::meta_defines(v, "__repr__") {
        return instance_text(v, false);
    }
    let mut out = String::new();
    let mut err = None;
    write_repr(v, &mut out, &mut err);
    match err {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// `str(v)` for values that need no VM.
pub fn to_str(v: &Value) -> R<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Instance(_) => instance_text(v, true),
        // A mappingproxy shows as the mapping it wraps.
        Value::DictView(d) if d.kind == ViewKind::Proxy => repr(&Value::Dict(d.dict.clone())),
        Value::Class(_) if object::meta_defines(v, "__str__") => instance_text(v, true),
        other => repr(other),
    }
}

/// `repr(v)` where failure cannot happen or does not matter (debug output,
/// error messages): an over-long int is printed in full.
pub fn repr_plain(v: &Value) -> String {
    let mut out = String::new();
    write_repr(v, &mut out, &mut None);
    out
}

/// The decimal digits of a big int; past the limit, `err` is set to the
/// `ValueError` CPython raises.
pub(super) fn big_decimal(b: &BigInt, err: &mut Option<Exc>) -> String {
    let s = b.to_string();
    // 2**14282 already has more than 4300 digits; below that no check is needed.
    if b.bits() >= 14_000 && s.trim_start_matches('-').len() > INT_MAX_STR_DIGITS {
        err.get_or_insert_with(|| Exc::value_error(INT_DIGITS_MESSAGE));
    }
    s
}

thread_local! {
    /// The identities of the containers whose repr is being built, innermost
    /// last: CPython's `Py_ReprEnter` list. It is per thread rather than per
    /// call so that a `__repr__` written in Python that calls `dict.__repr__`
    /// (a `defaultdict`'s, say) still sees the containers around it.
    static REPR_ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Marks the container `id` as being printed while the guard lives; `None`
/// when it already is (the caller prints `[...]` or its kind's marker).
pub fn repr_enter(id: usize) -> Option<ReprGuard> {
    REPR_ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if a.contains(&id) {
            return None;
        }
        a.push(id);
        Some(ReprGuard(id))
    })
}

/// What the container `v` shows where it contains itself: `[...]`, `{...}`,
/// or `set(...)` named after `owner`'s type (the derived instance that
/// carries `v`, or `v` itself).
pub fn recursive_marker(v: &Value, owner: &Value) -> String {
    match v {
        Value::List(_) => "[...]".into(),
        Value::Dict(_) => "{...}".into(),
        Value::Set(_) | Value::FrozenSet(_) => format!("{}(...)", owner.type_name()),
        _ => "...".into(),
    }
}

/// Leaves the container it was made for when dropped ([`repr_enter`]).
pub struct ReprGuard(usize);

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_ACTIVE.with(|a| {
            let mut a = a.borrow_mut();
            if let Some(at) = a.iter().rposition(|&x| x == self.0) {
                a.remove(at);
            }
        });
    }
}

/// Appends `repr(v)` to `out`; the first error raised (by a `__repr__`, say)
/// lands in `err`.
pub(super) fn write_repr(v: &Value, out: &mut String, err: &mut Option<Exc>) {
    if err.is_some() {
        return;
    }
    let _depth = match v {
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) => {
            match enter_native(" while getting the repr of an object") {
                Ok(d) => Some(d),
                Err(e) => {
                    *err = Some(e);
                    return;
                }
            }
        }
        _ => None,
    };
    match v {
        Value::Null => out.push_str("<NULL>"),
        Value::None => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) => out.push_str(itoa(*i).as_str()),
        Value::BigInt(b) => out.push_str(&big_decimal(b, err)),
        Value::Float(f) => out.push_str(&pyrepr::float_repr(*f)),
        Value::Complex(r, i) => out.push_str(&complex_repr(*r, *i)),
        Value::Str(s) => out.push_str(&pyrepr::str_repr(s.as_str())),
        Value::Bytes(b) => out.push_str(&pyrepr::bytes_repr(b)),
        Value::ByteArray(b) => {
            out.push_str("bytearray(");
            out.push_str(&pyrepr::bytes_repr(&b.borrow()));
            out.push(')');
        }
        Value::List(l) => {
            let Some(_active) = repr_enter(identity(v)) else {
                out.push_str(&recursive_marker(v, v));
                return;
            };
            out.push('[');
            write_items(&l.borrow(), out, err);
            out.push(']');
        }
        Value::Tuple(t) => {
            out.push('(');
            write_items(t, out, err);
            if t.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::Dict(d) => {
            let Some(_active) = repr_enter(identity(v)) else {
                out.push_str(&recursive_marker(v, v));
                return;
            };
            out.push('{');
            for (i, (k, x)) in d.borrow().iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(k.value(), out, err);
                out.push_str(": ");
                write_repr(x, out, err);
            }
            out.push('}');
        }
        Value::Set(_) | Value::FrozenSet(_) => {
            let items = set_of(v).expect("a set").items();
            let frozen = matches!(v, Value::FrozenSet(_));
            if items.is_empty() {
                out.push_str(if frozen { "frozenset()" } else { "set()" });
                return;
            }
            let Some(_active) = repr_enter(identity(v)) else {
                out.push_str(&recursive_marker(v, v));
                return;
            };
            if frozen {
                out.push_str("frozenset(");
            }
            out.push('{');
            write_items(&items, out, err);
            out.push('}');
            if frozen {
                out.push(')');
            }
        }
        Value::DictView(d) if d.kind == ViewKind::Proxy => {
            out.push_str("mappingproxy(");
            write_repr(&Value::Dict(d.dict.clone()), out, err);
            out.push(')');
        }
        Value::DictView(d) => {
            out.push_str(d.type_name());
            out.push_str("([");
            write_items(&d.items(), out, err);
            out.push_str("])");
        }
        Value::Range(r) => {
            if r.step == 1 {
                out.push_str(&format!("range({}, {})", r.start, r.stop));
            } else {
                out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
            }
        }
        Value::Slice(s) => {
            out.push_str("slice(");
            for (i, x) in s.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(x, out, err);
            }
            out.push(')');
        }
        Value::Iter(_) => {
            out.push_str(&format!("<{} object at {:#x}>", v.type_name(), identity(v)))
        }
        Value::Function(f) => out.push_str(&format!(
            "<function {} at {:#x}>",
            f.code.qualname.as_str(),
            identity(v)
        )),
        Value::Builtin(b) => out.push_str(&format!("<built-in function {}>", b.name)),
        Value::Method(m) => out.push_str(&format!(
            "<built-in method {} of {} object at {:#x}>",
            m.1.name,
            m.0.type_name(),
            identity(&m.0)
        )),
        Value::Type(t) => out.push_str(&format!("<class '{}'>", t.name())),
        Value::Code(c) => out.push_str(&format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.name.as_str(),
            identity(v),
            c.filename,
            c.firstlineno
        )),
        Value::Traceback(_) => out.push_str(&format!("<traceback object at {:#x}>", identity(v))),
        Value::Ellipsis => out.push_str("Ellipsis"),
        Value::Cell(_) => out.push_str(&format!("<cell at {:#x}>", identity(v))),
        Value::NotImplemented => out.push_str("NotImplemented"),
        Value::Class(_) if object::meta_defines(v, "__repr__") => match instance_text(v, false) {
            Ok(s) => out.push_str(&s),
            Err(e) => {
                err.get_or_insert(e);
            }
        },
        Value::Class(c) => {
            let module = c.module().unwrap_or_else(|| "builtins".into());
            if module == "builtins" {
                out.push_str(&format!("<class '{}'>", c.qualname.borrow().as_str()));
            } else {
                out.push_str(&format!(
                    "<class '{module}.{}'>",
                    c.qualname.borrow().as_str()
                ));
            }
        }
        Value::Instance(_) => match instance_text(v, false) {
            Ok(s) => out.push_str(&s),
            Err(e) => {
                err.get_or_insert(e);
            }
        },
        Value::BoundMethod(m) => {
            let name = match &m.0 {
                Value::Function(f) => f.code.qualname.as_str().to_string(),
                other => repr_plain(other),
            };
            out.push_str(&format!("<bound method {name} of "));
            write_repr(&m.1, out, err);
            out.push('>');
        }
        Value::Module(m) => match &m.file {
            Some(f) => out.push_str(&format!("<module '{}' from '{f}'>", m.name.as_str())),
            None => out.push_str(&format!("<module '{}' (built-in)>", m.name.as_str())),
        },
        Value::Generator(g) => out.push_str(&format!(
            "<{} object {} at {:#x}>",
            g.kind_name(),
            g.qualname.as_str(),
            identity(v)
        )),
        Value::Descr(d) => match crate::runtime::slots::descr_repr(d) {
            Some(s) => out.push_str(&s),
            None => out.push_str(&format!("<{} object at {:#x}>", d.type_name(), identity(v))),
        },
    }
}

/// The reprs of `items`, separated by commas.
fn write_items(items: &[Value], out: &mut String, err: &mut Option<Exc>) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(x, out, err);
    }
}

pub(super) fn itoa(i: i64) -> String {
    i.to_string()
}

/// `repr(complex(r, i))`.
pub fn complex_repr(r: f64, i: f64) -> String {
    if r == 0.0 && r.is_sign_positive() {
        return pyrepr::imag_repr(i);
    }
    let part = |x: f64| {
        let s = pyrepr::float_repr(x);
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    };
    let sign =
        if i < 0.0 || (i == 0.0 && i.is_sign_negative()) || i.is_nan() && i.is_sign_negative() {
            "-"
        } else {
            "+"
        };
    format!("({}{sign}{}j)", part(r), part(i.abs()))
}
