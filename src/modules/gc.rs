//! `gc` — CPython's `Modules/gcmodule.c`: the cycle collector's controls.

use std::rc::Rc;

use crate::runtime::builtins::{Builtin, Kwargs};
use crate::runtime::gc;
use crate::runtime::{Exc, Module, Value};
use crate::vm::Vm;

type R<T> = Result<T, Exc>;

/// Fills in the module.
pub fn init(_: &Vm, m: &Rc<Module>) -> R<()> {
    super::add_functions(m, FUNCTIONS);
    m.set("garbage", Value::list(Vec::new()));
    Ok(())
}

fn collect(_: &Vm, a: &[Value], kw: Kwargs<'_>) -> R<Value> {
    let generation = match (a.first(), kw.first()) {
        (Some(Value::Int(g)), _) | (None, Some((_, Value::Int(g)))) => *g,
        (None, None) => 2,
        _ => return Err(Exc::type_error("collect() argument must be an int")),
    };
    if !(0..=2).contains(&generation) {
        return Err(Exc::value_error("invalid generation"));
    }
    Ok(Value::Int(gc::collect(generation as usize) as i64))
}

fn triple(t: [usize; 3]) -> Value {
    Value::tuple(t.iter().map(|&n| Value::Int(n as i64)).collect())
}

fn get_count(_: &Vm, _: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(triple(gc::get_count()))
}

fn get_threshold(_: &Vm, _: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(triple(gc::get_threshold()))
}

fn set_threshold(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    if a.is_empty() || a.len() > 3 {
        return Err(Exc::type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            a.len()
        )));
    }
    let mut t = gc::get_threshold();
    for (i, v) in a.iter().enumerate() {
        match v {
            Value::Int(n) => t[i] = (*n).max(0) as usize,
            other => {
                return Err(Exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )));
            }
        }
    }
    gc::set_threshold(t);
    Ok(Value::None)
}

fn enable(_: &Vm, _: &[Value], _: Kwargs<'_>) -> R<Value> {
    gc::set_enabled(true);
    Ok(Value::None)
}

fn disable(_: &Vm, _: &[Value], _: Kwargs<'_>) -> R<Value> {
    gc::set_enabled(false);
    Ok(Value::None)
}

fn isenabled(_: &Vm, _: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(Value::Bool(gc::is_enabled()))
}

static FUNCTIONS: &[Builtin] = &[
    Builtin {
        name: "collect",
        func: collect,
    },
    Builtin {
        name: "get_count",
        func: get_count,
    },
    Builtin {
        name: "get_threshold",
        func: get_threshold,
    },
    Builtin {
        name: "set_threshold",
        func: set_threshold,
    },
    Builtin {
        name: "enable",
        func: enable,
    },
    Builtin {
        name: "disable",
        func: disable,
    },
    Builtin {
        name: "isenabled",
        func: isenabled,
    },
];
