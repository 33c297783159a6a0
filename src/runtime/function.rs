//! The attributes of function objects (CPython's `Objects/funcobject.c`):
//! `__name__`, `__qualname__`, `__doc__`, `__module__`, `__defaults__`,
//! `__kwdefaults__`, `__annotations__`, `__closure__`, `__code__`,
//! `__globals__`, `__dict__` and any attribute set on the function.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Dict, Exc, ExcType, Function, HashKey, NameKey, PyStr, Value};

type R<T> = Result<T, Exc>;

const DOC: usize = 0;
const MODULE: usize = 1;
const ANNOTATIONS: usize = 2;

/// `func.__dict__`, made on first use.
fn dict_of(func: &Function) -> Rc<RefCell<Dict>> {
    func.dict
        .borrow_mut()
        .get_or_insert_with(|| Rc::new(RefCell::new(Dict::default())))
        .clone()
}

fn no_attribute(name: &str) -> Exc {
    Exc::new(
        ExcType::AttributeError,
        format!("'function' object has no attribute '{name}'"),
    )
}

/// The attributes every function has besides `object`'s (`dir(f)`).
pub const ATTRIBUTES: &[&str] = &[
    "__annotations__",
    "__builtins__",
    "__call__",
    "__closure__",
    "__code__",
    "__defaults__",
    "__dict__",
    "__get__",
    "__globals__",
    "__kwdefaults__",
    "__module__",
    "__name__",
    "__qualname__",
    "__type_params__",
];

/// `func.name`.
/// `f.__get__(obj, type=None)`: a function is a non-data descriptor; bound
/// to `obj`, or itself when `obj` is `None`.
static FUNCTION_GET: crate::runtime::builtins::Builtin = crate::runtime::builtins::Builtin {
    name: "__get__",
    func: |_, a, _| match a {
        [f, Value::None] | [f, Value::None, _] => Ok(f.clone()),
        [f, obj] | [f, obj, _] => Ok(Value::BoundMethod(Rc::new((f.clone(), obj.clone())))),
        _ => Err(super::Exc::type_error(format!(
            "expected 1 or 2 arguments, got {}",
            a.len().saturating_sub(1)
        ))),
    },
};

pub fn getattr(func: &Rc<Function>, name: &Rc<PyStr>) -> R<Value> {
    Ok(match name.as_str() {
        "__name__" => Value::Str(func.name.borrow().clone()),
        "__qualname__" => Value::Str(func.qualname.borrow().clone()),
        "__doc__" => func.fields.borrow()[DOC].clone(),
        "__get__" => Value::Method(Rc::new((Value::Function(func.clone()), &FUNCTION_GET))),
        "__module__" => func.fields.borrow()[MODULE].clone(),
        "__annotations__" => {
            let mut fields = func.fields.borrow_mut();
            if matches!(fields[ANNOTATIONS], Value::Null) {
                fields[ANNOTATIONS] = Value::dict(Dict::default());
            }
            fields[ANNOTATIONS].clone()
        }
        "__defaults__" => {
            let d = func.defaults.borrow();
            if d.is_empty() {
                Value::None
            } else {
                Value::tuple(d.clone())
            }
        }
        "__kwdefaults__" => {
            let kw = func.kwdefaults.borrow();
            if kw.is_empty() {
                Value::None
            } else {
                let mut d = Dict::default();
                for (k, v) in kw.iter() {
                    d.insert(HashKey::new(Value::Str(k.clone()))?, v.clone());
                }
                Value::dict(d)
            }
        }
        "__closure__" => {
            let c = func.closure.borrow();
            if c.is_empty() {
                Value::None
            } else {
                Value::tuple(c.clone())
            }
        }
        "__code__" => Value::Code(func.code.clone()),
        "__globals__" => Value::Dict(func.globals.clone()),
        "__dict__" => Value::Dict(dict_of(func)),
        "__class__" => Value::Type(super::TypeKind::Function),
        _ => {
            let found = func
                .dict
                .borrow()
                .as_ref()
                .and_then(|d| d.borrow().get(&NameKey(name)).cloned());
            match found {
                Some(v) => v,
                None => return Err(no_attribute(name.as_str())),
            }
        }
    })
}

/// `func.name = value`, or `del func.name` when `value` is `None`.
pub fn setattr(func: &Rc<Function>, name: &Rc<PyStr>, value: Option<Value>) -> R<()> {
    let set_str = |slot: &RefCell<Rc<PyStr>>, what: &str| -> R<()> {
        match &value {
            Some(Value::Str(s)) => {
                *slot.borrow_mut() = s.clone();
                Ok(())
            }
            Some(_) => Err(Exc::type_error(format!(
                "{what} must be set to a string object"
            ))),
            None => Err(Exc::type_error(format!(
                "{what} must be set to a string object"
            ))),
        }
    };
    match name.as_str() {
        "__name__" => return set_str(&func.name, "__name__"),
        "__qualname__" => return set_str(&func.qualname, "__qualname__"),
        "__doc__" | "__module__" => {
            let i = if name.as_str() == "__doc__" {
                DOC
            } else {
                MODULE
            };
            func.fields.borrow_mut()[i] = value.unwrap_or(Value::None);
            return Ok(());
        }
        "__annotations__" => {
            let v = match value {
                None => Value::Null,
                Some(v @ Value::Dict(_)) => v,
                Some(_) => {
                    return Err(Exc::type_error(
                        "__annotations__ must be set to a dict object",
                    ));
                }
            };
            func.fields.borrow_mut()[ANNOTATIONS] = v;
            return Ok(());
        }
        "__defaults__" => {
            let v = match value {
                None | Some(Value::None) => Vec::new(),
                Some(Value::Tuple(t)) => t.to_vec(),
                Some(_) => {
                    return Err(Exc::type_error(
                        "__defaults__ must be set to a tuple object",
                    ));
                }
            };
            *func.defaults.borrow_mut() = v;
            return Ok(());
        }
        "__kwdefaults__" => {
            let v = match value {
                None | Some(Value::None) => Vec::new(),
                Some(Value::Dict(d)) => d
                    .borrow()
                    .iter()
                    .filter_map(|(k, v)| match k.value() {
                        Value::Str(s) => Some((s.clone(), v.clone())),
                        _ => None,
                    })
                    .collect(),
                Some(_) => {
                    return Err(Exc::type_error(
                        "__kwdefaults__ must be set to a dict object",
                    ));
                }
            };
            *func.kwdefaults.borrow_mut() = v;
            return Ok(());
        }
        "__closure__" | "__globals__" | "__code__" | "__class__" => {
            return Err(Exc::new(ExcType::AttributeError, "readonly attribute"));
        }
        "__dict__" => {
            return match value {
                Some(Value::Dict(d)) => {
                    *func.dict.borrow_mut() = Some(d);
                    Ok(())
                }
                _ => Err(Exc::type_error("__dict__ must be set to a dictionary")),
            };
        }
        _ => {}
    }
    let d = dict_of(func);
    match value {
        Some(v) => {
            d.borrow_mut()
                .insert(HashKey::new(Value::Str(name.clone()))?, v);
        }
        None => {
            if d.borrow_mut().shift_remove(&NameKey(name)).is_none() {
                return Err(no_attribute(name.as_str()));
            }
        }
    }
    Ok(())
}
