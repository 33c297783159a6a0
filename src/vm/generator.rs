//! Generators — CPython's `Objects/genobject.c`: a suspended frame that
//! `send`, `throw` and `close` resume, with `yield from` delegating to a
//! sub-generator.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{Frame, Vm};
use crate::bytecode::{Flow, Opcode};
use crate::runtime::builtins::{Builtin, Kwargs};
use crate::runtime::{Exc, ExcType, PyStr, Value};

type R<T> = Result<T, Exc>;

/// A generator object.
pub struct Generator {
    /// The suspended frame; `None` once the generator has finished.
    frame: RefCell<Option<Box<Frame>>>,
    /// Whether its frame is running (a generator cannot resume itself).
    running: Cell<bool>,
    /// Whether it has been resumed at least once.
    started: Cell<bool>,
    /// `__name__`.
    pub name: Rc<PyStr>,
    /// `__qualname__`.
    pub qualname: Rc<PyStr>,
    /// Whether it is a coroutine (an `async def` called), not a generator.
    pub coroutine: bool,
    /// Whether it was handed to the VM to be closed when its last reference
    /// went (it is finalized once, as PEP 442 says).
    finalized: Cell<bool>,
}

/// The last reference to a suspended generator went: when its `yield` sits
/// inside a `try` or `with` (an exception handler covers it), closing it would
/// run code, so it is revived and handed to the VM, which closes it once the
/// current instruction is done — CPython's `_PyGen_Finalize`. A generator
/// suspended outside every handler has nothing to run and just goes.
impl Drop for Generator {
    fn drop(&mut self) {
        if self.finalized.get() || !self.started.get() {
            return;
        }
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        let protected = frame
            .ip
            .checked_sub(1)
            .and_then(|at| frame.code.instrs.get(at))
            .is_some_and(|i| i.exc != 0);
        if !protected {
            return;
        }
        let revived = Rc::new(Generator {
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(true),
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            coroutine: self.coroutine,
            finalized: Cell::new(true),
        });
        crate::vm::with_current(|vm| vm.queue_finalizer(super::Finalizer::Close(revived)));
    }
}

/// What a resumed generator did.
pub enum Resumed {
    /// It yielded this value and is suspended again.
    Yielded(Value),
    /// It returned this value (the `StopIteration` value) and is finished.
    Returned(Value),
}

impl Generator {
    /// A generator over `frame`, suspended after its `RETURN_GENERATOR`.
    pub fn new(frame: Frame) -> Generator {
        let code = frame.code.clone();
        Generator {
            frame: RefCell::new(Some(Box::new(frame))),
            running: Cell::new(false),
            started: Cell::new(false),
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            coroutine: code.coroutine,
            finalized: Cell::new(false),
        }
    }

    /// The attributes of a generator or coroutine: `__name__`, `__qualname__`,
    /// and `gi_running`/`gi_suspended`/`gi_yieldfrom`/`gi_code` (`cr_running`,
    /// `cr_suspended`, `cr_await`, `cr_code` for a coroutine).
    pub fn attribute(&self, name: &str) -> Option<Value> {
        let (prefix, field) = name.split_at(name.len().min(3));
        let ours = if self.coroutine { "cr_" } else { "gi_" };
        Some(match (name, prefix == ours, field) {
            ("__name__", ..) => Value::Str(self.name.clone()),
            ("__qualname__", ..) => Value::Str(self.qualname.clone()),
            (_, true, "running") => Value::Bool(self.running.get()),
            (_, true, "suspended") => Value::Bool(
                self.started.get() && !self.running.get() && self.frame.borrow().is_some(),
            ),
            (_, true, "yieldfrom") if !self.coroutine => self.delegate().unwrap_or(Value::None),
            (_, true, "await") if self.coroutine => self.delegate().unwrap_or(Value::None),
            (_, true, "code") => match &*self.frame.borrow() {
                Some(f) => Value::Code(f.code.clone()),
                None => return None,
            },
            _ => return None,
        })
    }

    /// `generator` or `coroutine`.
    pub fn kind_name(&self) -> &'static str {
        if self.coroutine {
            "coroutine"
        } else {
            "generator"
        }
    }

    /// The sub-iterator of a `yield from` it is suspended in, if any.
    fn delegate(&self) -> Option<Value> {
        let frame = self.frame.borrow();
        let f = frame.as_ref()?;
        let prev = f.code.instrs.get(f.ip.checked_sub(1)?)?;
        (prev.op == Opcode::YIELD_VALUE as u16 && prev.arg == 1).then(|| f.top().clone())
    }
}

impl Vm {
    /// Resumes `g`, sending `value` in, or raising `exc` at its `yield`.
    pub fn resume(&self, g: &Rc<Generator>, value: Value, exc: Option<Exc>) -> R<Resumed> {
        if g.running.get() {
            return Err(Exc::value_error("generator already executing"));
        }
        if let Some(e) = &exc
            && let Some(sub) = g.delegate()
        {
            // A throw goes to the innermost generator of a `yield from` chain.
            let thrown = match &sub {
                Value::Generator(g) if !e.is(ExcType::GeneratorExit) => {
                    match self.resume(g, Value::None, Some(e.clone())) {
                        Ok(Resumed::Yielded(v)) => return Ok(Resumed::Yielded(v)),
                        Ok(Resumed::Returned(v)) => Exc::with_args(ExcType::StopIteration, vec![v]),
                        Err(e2) => e2,
                    }
                }
                Value::Generator(g) => {
                    self.close_generator(g)?;
                    e.clone()
                }
                _ => e.clone(),
            };
            return self.resume_frame(g, Value::None, Some(thrown));
        }
        self.resume_frame(g, value, exc)
    }

    fn resume_frame(&self, g: &Rc<Generator>, value: Value, exc: Option<Exc>) -> R<Resumed> {
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return match exc {
                Some(e) => Err(e),
                // A finished coroutine cannot run again (a generator just stops).
                None if g.coroutine => Err(Exc::new(
                    ExcType::RuntimeError,
                    "cannot reuse already awaited coroutine",
                )),
                None => Ok(Resumed::Returned(Value::None)),
            };
        };
        if self.depth.get() >= self.recursion_limit.get() {
            *g.frame.borrow_mut() = Some(frame);
            return Err(Exc::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        g.running.set(true);
        g.started.set(true);
        self.depth.set(self.depth.get() + 1);
        let r = match exc {
            Some(e) => {
                // As in CPython, the sent value is pushed even for a throw: a
                // `yield from`'s `CLEANUP_THROW` finds it under the exception.
                frame.push(value);
                let at = frame.ip - 1;
                match self.handle_exception(&mut frame, e, at) {
                    Ok(()) => self.run_flow(&mut frame),
                    Err(e) => Err(e),
                }
            }
            None => {
                frame.push(value);
                self.run_flow(&mut frame)
            }
        };
        self.depth.set(self.depth.get() - 1);
        g.running.set(false);
        match r? {
            Flow::Yield(v) => {
                *g.frame.borrow_mut() = Some(frame);
                Ok(Resumed::Yielded(v))
            }
            Flow::Return(v) => Ok(Resumed::Returned(v)),
            Flow::Next => unreachable!("run_flow only stops to leave the frame"),
        }
    }

    /// `next(g)`: the next value, or `None` when it finished.
    pub fn generator_next(&self, g: &Rc<Generator>) -> R<Option<Value>> {
        match self.resume(g, Value::None, None)? {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(_) => Ok(None),
        }
    }

    /// `g.close()`: `GeneratorExit` is raised at its `yield`; it must not
    /// yield again.
    /// Returns what the generator returned while closing (3.13), else `None`.
    pub fn close_generator(&self, g: &Rc<Generator>) -> R<Value> {
        if !g.started.get() || g.frame.borrow().is_none() {
            g.frame.borrow_mut().take();
            return Ok(Value::None);
        }
        let exit = Exc::new(ExcType::GeneratorExit, "");
        match self.resume(g, Value::None, Some(exit)) {
            Ok(Resumed::Yielded(_)) => Err(Exc::new(
                ExcType::RuntimeError,
                format!("{} ignored GeneratorExit", g.kind_name()),
            )),
            Ok(Resumed::Returned(v)) => Ok(v),
            Err(e) if e.is(ExcType::GeneratorExit) || e.is(ExcType::StopIteration) => {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }
}

/// The value a finished generator returns through `StopIteration`.
pub fn stop_iteration(v: Value) -> Exc {
    if matches!(v, Value::None) {
        Exc::new(ExcType::StopIteration, "")
    } else {
        Exc::with_args(ExcType::StopIteration, vec![v])
    }
}

fn this(v: &Value) -> &Rc<Generator> {
    match v {
        Value::Generator(g) => g,
        _ => unreachable!("generator methods are found on generators"),
    }
}

fn g_send(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    if a.len() != 2 {
        return Err(Exc::type_error(format!(
            "{}.send() takes exactly one argument ({} given)",
            this(&a[0]).kind_name(),
            a.len() - 1
        )));
    }
    let g = this(&a[0]);
    if !g.started.get() && !matches!(a[1], Value::None) {
        return Err(Exc::type_error(format!(
            "can't send non-None value to a just-started {}",
            g.kind_name()
        )));
    }
    match vm.resume(g, a[1].clone(), None)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(stop_iteration(v)),
    }
}

fn g_throw(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let Some(v) = a.get(1) else {
        return Err(Exc::type_error("throw expected at least 1 argument, got 0"));
    };
    let v = match (v, a.get(2)) {
        (Value::Class(c), Some(arg)) if !matches!(arg, Value::None) => {
            crate::runtime::object::instantiate(vm, c, vec![arg.clone()], Vec::new())?
        }
        _ => v.clone(),
    };
    let e = super::exception_from(vm, v, "exceptions")?;
    match vm.resume(this(&a[0]), Value::None, Some(e))? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(stop_iteration(v)),
    }
}

fn g_close(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    vm.close_generator(this(&a[0]))
}

fn g_next(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    match vm.resume(this(&a[0]), Value::None, None)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(stop_iteration(v)),
    }
}

fn g_iter(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(a[0].clone())
}

/// The methods of coroutine objects.
pub static COROUTINE_METHODS: &[Builtin] = &[
    Builtin {
        name: "send",
        func: g_send,
    },
    Builtin {
        name: "throw",
        func: g_throw,
    },
    Builtin {
        name: "close",
        func: g_close,
    },
];

/// The methods of generator objects.
pub static GENERATOR_METHODS: &[Builtin] = &[
    Builtin {
        name: "send",
        func: g_send,
    },
    Builtin {
        name: "throw",
        func: g_throw,
    },
    Builtin {
        name: "close",
        func: g_close,
    },
    Builtin {
        name: "__next__",
        func: g_next,
    },
    Builtin {
        name: "__iter__",
        func: g_iter,
    },
];
