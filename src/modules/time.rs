//! `time` — CPython's `Modules/timemodule.c`: the clocks a benchmark reads.

use std::rc::Rc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::runtime::builtins::{Builtin, Kwargs};
use crate::runtime::{Exc, Module, Value};
use crate::vm::Vm;

type R<T> = Result<T, Exc>;

/// Fills in the module.
pub fn init(_: &Vm, m: &Rc<Module>) -> R<()> {
    super::add_functions(m, FUNCTIONS);
    Ok(())
}

thread_local! {
    static START: Instant = Instant::now();
}

fn since_epoch() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn monotonic() -> std::time::Duration {
    START.with(|s| s.elapsed())
}

fn time(_: &Vm, _: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(_: &Vm, _: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(Value::Int(since_epoch().as_nanos() as i64))
}

fn perf_counter(_: &Vm, _: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(Value::Float(monotonic().as_secs_f64()))
}

fn perf_counter_ns(_: &Vm, _: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(Value::Int(monotonic().as_nanos() as i64))
}

fn sleep(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let secs = match a {
        [Value::Int(i)] => *i as f64,
        [Value::Float(f)] => *f,
        _ => return Err(Exc::type_error("sleep() argument must be a number")),
    };
    if secs < 0.0 {
        return Err(Exc::value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(Value::None)
}

static FUNCTIONS: &[Builtin] = &[
    Builtin {
        name: "time",
        func: time,
    },
    Builtin {
        name: "time_ns",
        func: time_ns,
    },
    Builtin {
        name: "perf_counter",
        func: perf_counter,
    },
    Builtin {
        name: "perf_counter_ns",
        func: perf_counter_ns,
    },
    Builtin {
        name: "monotonic",
        func: perf_counter,
    },
    Builtin {
        name: "monotonic_ns",
        func: perf_counter_ns,
    },
    Builtin {
        name: "process_time",
        func: perf_counter,
    },
    Builtin {
        name: "sleep",
        func: sleep,
    },
];
