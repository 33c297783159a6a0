//! `sys` — CPython's `Python/sysmodule.c`: the script's arguments, exit,
//! the standard streams, the recursion limit and the loaded modules.

use std::rc::Rc;

use crate::runtime::builtins::{Builtin, Kwargs};
use crate::runtime::object::{Class, Descr, Instance};
use crate::runtime::{Exc, ExcType, HashKey, Module, TypeKind, Value, intern};
use crate::vm::Vm;

type R<T> = Result<T, Exc>;

/// Fills in the module.
pub fn init(vm: &Vm, m: &Rc<Module>) -> R<()> {
    super::add_functions(m, FUNCTIONS);
    m.set(
        "argv",
        Value::list(vm.argv.borrow().iter().map(|a| Value::str(a)).collect()),
    );
    m.set("stdout", stream("stdout", &STDOUT_WRITE));
    m.set("stderr", stream("stderr", &STDERR_WRITE));
    m.set("maxsize", Value::Int(i64::MAX));
    m.set("byteorder", Value::str("little"));
    m.set("platform", Value::str("linux"));
    m.set("version", Value::str("3.13.0 (pyforge)"));
    m.set("version_info", version_info());
    m.set("modules", Value::Dict(vm.modules.clone()));
    let dir = vm
        .search_dir
        .borrow()
        .as_ref()
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    m.set("path", Value::list(vec![Value::str(&dir)]));
    Ok(())
}

/// The names of `sys.version_info`'s fields, in tuple order.
const VERSION_FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];

/// Field `i` of a `sys.version_info`-like instance.
fn field(a: &[Value], i: usize) -> R<Value> {
    match a.first() {
        Some(Value::Instance(inst)) => match &inst.base {
            Some(Value::Tuple(t)) if i < t.len() => Ok(t[i].clone()),
            _ => Err(Exc::type_error("descriptor needs a version_info")),
        },
        _ => Err(Exc::type_error("descriptor needs a version_info")),
    }
}

/// The getters of the named fields.
static VERSION_GETTERS: [Builtin; 5] = [
    Builtin {
        name: "major",
        func: |_, a, _| field(a, 0),
    },
    Builtin {
        name: "minor",
        func: |_, a, _| field(a, 1),
    },
    Builtin {
        name: "micro",
        func: |_, a, _| field(a, 2),
    },
    Builtin {
        name: "releaselevel",
        func: |_, a, _| field(a, 3),
    },
    Builtin {
        name: "serial",
        func: |_, a, _| field(a, 4),
    },
];

/// `repr(sys.version_info)`: its fields by name.
static VERSION_REPR: Builtin = Builtin {
    name: "__repr__",
    func: |vm, a, _| {
        let mut parts = Vec::new();
        for (i, name) in VERSION_FIELDS.iter().enumerate() {
            parts.push(format!("{name}={}", vm.repr(&field(a, i)?)?));
        }
        Ok(Value::str(&format!(
            "sys.version_info({})",
            parts.join(", ")
        )))
    },
};

/// `sys.version_info`: CPython 3.13.0's, a tuple whose items are also named
/// attributes (a struct sequence).
fn version_info() -> Value {
    let key = |k: &str| HashKey::new(Value::str(k)).expect("str is hashable");
    let mut dict = crate::runtime::Dict::default();
    dict.insert(key("__module__"), Value::str("sys"));
    dict.insert(key("__repr__"), Value::Builtin(&VERSION_REPR));
    for (name, getter) in VERSION_FIELDS.iter().zip(&VERSION_GETTERS) {
        let prop = Descr::Property {
            fget: Value::Builtin(getter),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        };
        dict.insert(key(name), Value::Descr(Rc::new(prop)));
    }
    let class = Rc::new(Class {
        name: std::cell::RefCell::new(intern("version_info")),
        qualname: std::cell::RefCell::new(intern("version_info")),
        has_dict: false,
        slot_count: 0,
        bases: vec![Value::Type(TypeKind::Tuple)],
        mro: vec![Value::Type(TypeKind::Tuple), Value::Type(TypeKind::Object)],
        dict: std::cell::RefCell::new(dict),
        exc: None,
        base_kind: Some(TypeKind::Tuple),
        meta: None,
        subclasses: Default::default(),
        version: crate::runtime::object::Class::new_version(),
    });
    let values = vec![
        Value::Int(3),
        Value::Int(13),
        Value::Int(0),
        Value::str("final"),
        Value::Int(0),
    ];
    Value::Instance(Instance::with_base(class, Value::tuple(values)))
}

/// A text stream object whose `write` goes to the VM's stdout or stderr.
fn stream(name: &str, write: &'static Builtin) -> Value {
    let class = Rc::new(Class::builtin(
        intern("TextIOWrapper"),
        vec![Value::Type(TypeKind::Object)],
        vec![Value::Type(TypeKind::Object)],
        None,
    ));
    class.dict.borrow_mut().insert(
        HashKey::new(Value::str("__module__")).expect("str is hashable"),
        Value::str("_io"),
    );
    let inst = Instance::new(class);
    let set = |k: &str, v: Value| {
        inst.dict
            .borrow_mut()
            .insert(HashKey::new(Value::str(k)).expect("str is hashable"), v);
    };
    set("write", Value::Builtin(write));
    set("flush", Value::Builtin(&FLUSH));
    set("name", Value::str(&format!("<{name}>")));
    set("encoding", Value::str("utf-8"));
    Value::Instance(inst)
}

/// Whether `v` is the stream `sys.stdout` starts as (whose writes go to the
/// VM's buffered stdout), so that `print` may write there directly.
pub fn is_vm_stdout(v: &Value) -> bool {
    match v {
        Value::Instance(inst) => matches!(
            inst.dict.borrow().get(&crate::runtime::StrKey::new("write")),
            Some(Value::Builtin(b)) if std::ptr::eq(*b, &STDOUT_WRITE)
        ),
        _ => false,
    }
}

fn text_arg(a: &[Value]) -> R<&str> {
    match a {
        [Value::Str(s)] => Ok(s.as_str()),
        [other] => Err(Exc::type_error(format!(
            "write() argument must be str, not {}",
            other.type_name()
        ))),
        _ => Err(Exc::type_error(format!(
            "write() takes exactly one argument ({} given)",
            a.len()
        ))),
    }
}

static STDOUT_WRITE: Builtin = Builtin {
    name: "write",
    func: |vm, a, _| {
        let s = text_arg(a)?;
        vm.write_stdout(s);
        Ok(Value::Int(s.chars().count() as i64))
    },
};

static STDERR_WRITE: Builtin = Builtin {
    name: "write",
    func: |vm, a, _| {
        let s = text_arg(a)?;
        vm.write_stderr(s);
        Ok(Value::Int(s.chars().count() as i64))
    },
};

static FLUSH: Builtin = Builtin {
    name: "flush",
    func: |vm, _, _| {
        vm.flush();
        Ok(Value::None)
    },
};

fn exit(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    if a.len() > 1 {
        return Err(Exc::type_error(format!(
            "exit expected at most 1 argument, got {}",
            a.len()
        )));
    }
    Err(Exc::with_args(ExcType::SystemExit, a.to_vec()))
}

fn getrecursionlimit(vm: &Vm, _: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(Value::Int(vm.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let n = match a {
        [Value::Int(n)] => *n,
        [other] => {
            return Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
        _ => {
            return Err(Exc::type_error(
                "setrecursionlimit() takes exactly one argument",
            ));
        }
    };
    if n < 1 {
        return Err(Exc::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    // The interpreter's own stack bounds how deep Python calls may really go.
    vm.recursion_limit
        .set((n as usize).min(crate::vm::MAX_RECURSION_LIMIT));
    Ok(Value::None)
}

fn exception(vm: &Vm, _: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(vm.handled_exception().map_or(Value::None, |e| e.value()))
}

fn exc_info(vm: &Vm, _: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(match vm.handled_exception() {
        Some(e) => Value::tuple(vec![
            Value::Class(e.0.class.clone()),
            e.value(),
            e.state()
                .traceback
                .borrow()
                .clone()
                .map_or(Value::None, Value::Traceback),
        ]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn intern_(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    match a {
        [Value::Str(s)] => Ok(Value::Str(intern(s.as_str()))),
        _ => Err(Exc::type_error("intern() argument must be str")),
    }
}

static FUNCTIONS: &[Builtin] = &[
    Builtin {
        name: "exit",
        func: exit,
    },
    Builtin {
        name: "getrecursionlimit",
        func: getrecursionlimit,
    },
    Builtin {
        name: "setrecursionlimit",
        func: setrecursionlimit,
    },
    Builtin {
        name: "exception",
        func: exception,
    },
    Builtin {
        name: "exc_info",
        func: exc_info,
    },
    Builtin {
        name: "intern",
        func: intern_,
    },
];
