//! The handlers of the exception, `with` and class opcodes (CPython's
//! `bytecodes.c` entries for `RAISE_VARARGS`, `RERAISE`, `PUSH_EXC_INFO`,
//! `BEFORE_WITH`, `LOAD_BUILD_CLASS`, `LOAD_SUPER_ATTR`, ...).

use std::rc::Rc;

use super::{Frame, Vm};
use crate::bytecode::Flow;
use crate::runtime::builtins::{BUILD_CLASS, SUPER};
use crate::runtime::object::{self, Descr};
use crate::runtime::{Exc, ExcType, Value, exc_group};

type R = Result<Flow, Exc>;

const NEXT: R = Ok(Flow::Next);

/// The exception `raise v` raises: an instance, or a class called with no
/// arguments; `TypeError` for anything else.
pub fn exception_from(vm: &Vm, v: Value, what: &str) -> Result<Exc, Exc> {
    // An exception class is called; its result must be an exception.
    if let Value::Class(c) = &v
        && c.exc.is_some()
    {
        return match object::instantiate(vm, c, Vec::new(), Vec::new())? {
            Value::Instance(i) if i.exc.is_some() => Ok(Exc::from_instance(i)),
            other => Err(Exc::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                crate::runtime::repr_plain(&v),
                other.type_name()
            ))),
        };
    }
    match v {
        Value::Instance(i) if i.exc.is_some() => Ok(Exc::from_instance(i)),
        _ => Err(Exc::type_error(format!(
            "{what} must derive from BaseException"
        ))),
    }
}

pub(crate) fn raise_varargs(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    match arg {
        0 => match vm.handled_exception() {
            Some(e) => {
                e.state().reraised.set(true);
                Err(e)
            }
            None => Err(Exc::new(
                ExcType::RuntimeError,
                "No active exception to reraise",
            )),
        },
        1 => {
            let v = f.pop();
            let e = exception_from(vm, v, "exceptions")?;
            e.set_context_from_vm();
            Err(e)
        }
        _ => {
            let cause = f.pop();
            let v = f.pop();
            let e = exception_from(vm, v, "exceptions")?;
            let cause = match cause {
                Value::None => Value::None,
                other => exception_from(vm, other, "exception causes")?.value(),
            };
            *e.state().cause.borrow_mut() = cause;
            e.state().suppress_context.set(true);
            e.set_context_from_vm();
            Err(e)
        }
    }
}

fn as_exc(v: Value) -> Exc {
    match v {
        Value::Instance(i) if i.exc.is_some() => Exc::from_instance(i),
        _ => unreachable!("the compiler only re-raises exceptions"),
    }
}

pub(crate) fn reraise(_: &Vm, f: &mut Frame, _: u32) -> R {
    let e = as_exc(f.pop());
    e.state().reraised.set(true);
    Err(e)
}

pub(crate) fn push_exc_info(vm: &Vm, f: &mut Frame, _: u32) -> R {
    let exc = f.pop();
    let prev = vm.set_handled_exception(Some(as_exc(exc.clone())));
    f.push(prev.map_or(Value::None, |e| e.value()));
    f.push(exc);
    NEXT
}

pub(crate) fn pop_except(vm: &Vm, f: &mut Frame, _: u32) -> R {
    let prev = match f.pop() {
        Value::None => None,
        v => Some(as_exc(v)),
    };
    vm.set_handled_exception(prev);
    NEXT
}

/// Whether `v` may appear in an `except` clause: an exception class, or a
/// tuple of them.
fn check_catchable(v: &Value) -> Result<(), Exc> {
    let ok = match v {
        Value::Class(c) => c.exc.is_some(),
        // One level only: unlike isinstance(), an except clause takes no
        // nested tuples.
        Value::Tuple(items) => items
            .iter()
            .all(|i| matches!(i, Value::Class(c) if c.exc.is_some())),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(Exc::type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ))
    }
}

pub(crate) fn check_exc_match(_: &Vm, f: &mut Frame, _: u32) -> R {
    let ty = f.pop();
    check_catchable(&ty)?;
    let matches = crate::runtime::isinstance(f.top(), &ty)?;
    f.push(Value::Bool(matches));
    NEXT
}

pub(crate) fn check_eg_match(vm: &Vm, f: &mut Frame, _: u32) -> R {
    let ty = f.pop();
    let exc = f.pop();
    check_catchable(&ty)?;
    let (rest, matched) = exc_group::except_star_match(vm, &exc, &ty)?;
    if !matches!(matched, Value::None) {
        vm.set_handled_exception(Some(as_exc(matched.clone())));
    }
    f.push(rest);
    f.push(matched);
    NEXT
}

pub(crate) fn call_intrinsic_2(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let top = f.pop();
    let second = f.pop();
    let res = match arg {
        1 => {
            let Value::List(excs) = &top else {
                unreachable!("the compiler passes the list of raised exceptions")
            };
            let excs = excs.borrow().clone();
            exc_group::prep_reraise_star(vm, &second, &excs)?
        }
        _ => unreachable!("the compiler emits no other binary intrinsic"),
    };
    f.push(res);
    NEXT
}

pub(crate) fn load_assertion_error(_: &Vm, f: &mut Frame, _: u32) -> R {
    f.push(Value::Class(ExcType::AssertionError.class()));
    NEXT
}

pub(crate) fn before_with(vm: &Vm, f: &mut Frame, _: u32) -> R {
    enter_context(vm, f, false)
}

/// `BEFORE_WITH` / `BEFORE_ASYNC_WITH`: replaces the manager with its bound
/// `__exit__` (`__aexit__`) and what `__enter__()` (`__aenter__()`) returns.
pub(crate) fn enter_context(vm: &Vm, f: &mut Frame, is_async: bool) -> R {
    let mgr = f.pop();
    let (enter_name, exit_name, what) = if is_async {
        ("__aenter__", "__aexit__", "asynchronous context manager")
    } else {
        ("__enter__", "__exit__", "context manager")
    };
    let enter = object::special(&mgr, enter_name);
    let exit = object::special(&mgr, exit_name);
    let (Some(enter), Some(exit)) = (enter, exit) else {
        let missing = if object::special(&mgr, enter_name).is_some() {
            format!(" (missed {exit_name} method)")
        } else {
            String::new()
        };
        return Err(Exc::type_error(format!(
            "'{}' object does not support the {what} protocol{missing}",
            mgr.type_name()
        )));
    };
    let exit = Value::BoundMethod(Rc::new((exit, mgr.clone())));
    let res = vm.call(&enter, vec![mgr], Vec::new())?;
    f.push(exit);
    f.push(res);
    NEXT
}

pub(crate) fn with_except_start(vm: &Vm, f: &mut Frame, _: u32) -> R {
    let n = f.stack.len();
    let val = f.stack[n - 1].clone();
    let exit = f.stack[n - 4].clone();
    let (ty, tb) = match &val {
        Value::Instance(i) => (
            Value::Class(i.class.clone()),
            i.exc.as_ref().and_then(|e| e.traceback.borrow().clone()),
        ),
        _ => (Value::None, None),
    };
    let tb = tb.map_or(Value::None, Value::Traceback);
    let res = vm.call(&exit, vec![ty, val, tb], Vec::new())?;
    f.push(res);
    NEXT
}

pub(crate) fn load_build_class(_: &Vm, f: &mut Frame, _: u32) -> R {
    f.push(Value::Builtin(&BUILD_CLASS));
    NEXT
}

pub(crate) fn load_super_attr(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let self_ = f.pop();
    let class = f.pop();
    let global_super = f.pop();
    let name = f.code.names[(arg >> 2) as usize].clone();
    let sup = match &global_super {
        Value::Builtin(b) if std::ptr::eq(*b, &SUPER) => match &class {
            Value::Class(c) => Value::Descr(Rc::new(Descr::Super {
                class: c.clone(),
                obj: self_,
            })),
            _ => {
                return Err(Exc::type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
        },
        other => vm.call(other, vec![class, self_], Vec::new())?,
    };
    let v = vm.getattr(&sup, &name)?;
    f.push(v);
    if arg & 1 == 1 {
        f.push(Value::Null);
    }
    NEXT
}

pub(crate) fn delete_attr(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let obj = f.pop();
    let name = f.code.names[arg as usize].clone();
    vm.setattr(&obj, &name, None)?;
    NEXT
}
