//! Built-in modules — CPython's `Modules/` and the pure-Python part of its
//! standard library: native modules written in Rust, and modules written in
//! Python (`lib/`, the standard library written in Python, as CPython's `Lib/`)
//! bundled into the binary and compiled on import.

mod fileio;
mod gc;
mod math;
pub(crate) mod sys;
mod time;

use std::rc::Rc;

use crate::runtime::builtins::Builtin as BuiltinFn;
use crate::runtime::{Exc, Module, Value};
use crate::vm::Vm;

/// How a built-in module is made.
#[derive(Clone, Copy)]
pub enum Builtin {
    /// Filled in by Rust code.
    Native(fn(&Vm, &Rc<Module>) -> Result<(), Exc>),
    /// Python source run in the new module.
    Source(&'static str),
}

/// The built-in module called `name`, if there is one.
pub fn builtin(name: &str) -> Option<Builtin> {
    Some(match name {
        "math" => Builtin::Native(math::init),
        "gc" => Builtin::Native(gc::init),
        "_fileio" => Builtin::Native(fileio::init),
        "io" => Builtin::Source(include_str!("../../lib/io.py")),
        "sys" => Builtin::Native(sys::init),
        "time" => Builtin::Native(time::init),
        "__future__" => Builtin::Source(include_str!("../../lib/__future__.py")),
        "bisect" => Builtin::Source(include_str!("../../lib/bisect.py")),
        "collections" => Builtin::Source(include_str!("../../lib/collections.py")),
        "functools" => Builtin::Source(include_str!("../../lib/functools.py")),
        "heapq" => Builtin::Source(include_str!("../../lib/heapq.py")),
        "itertools" => Builtin::Source(include_str!("../../lib/itertools.py")),
        "operator" => Builtin::Source(include_str!("../../lib/operator.py")),
        _ => return None,
    })
}

/// Adds each function of a table to a module.
fn add_functions(module: &Module, table: &'static [BuiltinFn]) {
    for f in table {
        module.set(f.name, Value::Builtin(f));
    }
}
