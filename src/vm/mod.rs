//! The virtual machine — CPython's `Python/ceval.c`: frames, the dispatch loop,
//! calls, and output.

mod exceptions;
pub mod generator;
pub mod handlers;
mod import;
mod stdlib_names;
pub mod suggest;
pub mod traceback;

pub use exceptions::exception_from;
pub use generator::{Generator, Resumed, stop_iteration};

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use crate::bytecode::opcodes::execute;
use crate::bytecode::{Code, Flow, Opcode, op_info};
use crate::runtime::builtins::{self, Builtin};
use crate::runtime::{
    Dict, Exc, ExcType, Function, HashKey, NameKey, PyStr, Value, intern, object,
};

type R<T> = Result<T, Exc>;

/// CPython's default recursion limit (`sys.getrecursionlimit()`).
pub const RECURSION_LIMIT: usize = 1000;

/// The highest recursion limit `sys.setrecursionlimit` grants: deeper Python
/// calls would overflow the interpreter thread's own stack.
pub const MAX_RECURSION_LIMIT: usize = 20_000;

/// One activation of a code object.
///
/// Locals and the value stack share one vector (CPython's "localsplus" followed
/// by the stack), so a call allocates once: slots `0..nlocals` are the fast
/// locals, cells and free variables; the operand stack grows after them.
pub struct Frame {
    /// The code being run.
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Fast locals (`Null` when unbound), then the value stack.
    pub stack: Vec<Value>,
    /// How many slots at the start of `stack` are locals.
    pub nlocals: usize,
    /// The module namespace.
    pub globals: Rc<RefCell<Dict>>,
    /// The function being run (its closure feeds `COPY_FREE_VARS`).
    pub func: Option<Rc<Function>>,
    /// The namespace `LOAD_NAME`/`STORE_NAME` use when it is not the module's
    /// (a class body's).
    pub locals: Option<Rc<RefCell<Dict>>>,
}

impl Frame {
    /// A frame for `code` whose fast locals are `locals` (all of `co_localsplus`).
    pub fn new(code: Rc<Code>, locals: Vec<Value>, globals: Rc<RefCell<Dict>>) -> Frame {
        let mut stack = locals;
        let nlocals = stack.len();
        stack.reserve(code.stacksize);
        Frame {
            code,
            ip: 0,
            stack,
            nlocals,
            globals,
            func: None,
            locals: None,
        }
    }

    /// The namespace `STORE_NAME` writes: the class namespace in a class body,
    /// else the module's.
    pub fn names_dict(&self) -> &Rc<RefCell<Dict>> {
        self.locals.as_ref().unwrap_or(&self.globals)
    }
    /// Pushes a value.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }
    /// Pops the top value.
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        self.stack
            .pop()
            .expect("stack underflow: the compiler balances the stack")
    }
    /// The top value.
    #[inline(always)]
    pub fn top(&self) -> &Value {
        self.stack
            .last()
            .expect("stack underflow: the compiler balances the stack")
    }
    /// The top value, mutably.
    #[inline(always)]
    pub fn top_mut(&mut self) -> &mut Value {
        self.stack
            .last_mut()
            .expect("stack underflow: the compiler balances the stack")
    }
    /// Continues at instruction `target`.
    #[inline(always)]
    pub fn jump(&mut self, target: u32) {
        self.ip = target as usize;
    }
}

/// Where `print` writes.
enum Sink {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    Stderr,
    Capture(String),
}

impl Sink {
    fn write(&mut self, s: &str) {
        match self {
            Sink::Stdout(w) => {
                // A closed stdout (EPIPE) must not crash the VM; output is best-effort.
                let _ = w.write_all(s.as_bytes());
            }
            Sink::Stderr => {
                let _ = std::io::stderr().write_all(s.as_bytes());
            }
            Sink::Capture(buf) => buf.push_str(s),
        }
    }
}

/// Work the dispatch loop does once the instruction that made it due is done.
pub enum Finalizer {
    /// Call `__del__` (the first value) on an instance whose last reference went.
    Del(Value, Rc<object::Instance>),
    /// Close a suspended generator whose last reference went.
    Close(Rc<Generator>),
}

/// The interpreter state shared by all frames.
///
/// Every field is interior-mutable so that the VM is shared as `&Vm`: opcode
/// handlers, built-ins and the object model's slow paths (a user `__eq__` called
/// from a dict lookup, say) all reach the same interpreter without aliasing a
/// `&mut` (see [`with_current`]).
pub struct Vm {
    builtins: Rc<RefCell<Dict>>,
    stdout: RefCell<Sink>,
    stderr: RefCell<Sink>,
    depth: Cell<usize>,
    /// Sources of the files run, for traceback lines.
    sources: RefCell<HashMap<Rc<str>, Rc<str>>>,
    /// The exception being handled (`sys.exception()`), set by `PUSH_EXC_INFO`.
    handled: RefCell<Option<Exc>>,
    /// The module namespace of each running module or class body (`globals()`).
    globals_stack: RefCell<Vec<Rc<RefCell<Dict>>>>,
    /// `sys.modules`.
    pub modules: Rc<RefCell<Dict>>,
    /// Where `import` looks for `.py` modules: the script's directory.
    pub search_dir: RefCell<Option<std::path::PathBuf>>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: Cell<usize>,
    /// `sys.argv`.
    pub argv: RefCell<Vec<String>>,
    /// Instances whose last reference went, with their `__del__`, waiting
    /// for the dispatch loop to finish the instruction that dropped them.
    finalizers: RefCell<Vec<Finalizer>>,
    /// Whether `finalizers` holds anything (read after every instruction).
    finalizers_due: Cell<bool>,
    /// Emptied value vectors of finished frames, reused by the next calls so
    /// that a call allocates nothing (CPython's per-thread frame stack).
    frame_pool: RefCell<Vec<Vec<Value>>>,
}

/// How many spare frame vectors the VM keeps.
const FRAME_POOL_SIZE: usize = 64;

impl Vm {
    /// A VM writing to the process's stdout (buffered) and stderr.
    pub fn new() -> Vm {
        Vm::with_sinks(
            Sink::Stdout(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            )),
            Sink::Stderr,
        )
    }

    /// A VM whose output is captured (see [`Vm::take_output`]).
    pub fn capturing() -> Vm {
        Vm::with_sinks(Sink::Capture(String::new()), Sink::Capture(String::new()))
    }

    fn with_sinks(stdout: Sink, stderr: Sink) -> Vm {
        let mut d = Dict::default();
        let key = |name: &str| HashKey::new(Value::Str(intern(name))).expect("str is hashable");
        d.insert(key("__name__"), Value::str("builtins"));
        d.insert(key("__doc__"), Value::None);
        for (name, v) in builtins::builtin_namespace() {
            d.insert(key(name), v);
        }
        let builtins = Rc::new(RefCell::new(d));
        // The `builtins` module's namespace is the one name lookups fall back to.
        let module = crate::runtime::Module {
            name: intern("builtins"),
            dict: builtins.clone(),
            file: None,
        };
        let mut modules = Dict::default();
        modules.insert(key("builtins"), Value::Module(Rc::new(module)));
        Vm {
            builtins,
            stdout: RefCell::new(stdout),
            stderr: RefCell::new(stderr),
            depth: Cell::new(0),
            sources: RefCell::new(HashMap::new()),
            handled: RefCell::new(None),
            globals_stack: RefCell::new(Vec::new()),
            modules: Rc::new(RefCell::new(modules)),
            search_dir: RefCell::new(None),
            recursion_limit: Cell::new(RECURSION_LIMIT),
            argv: RefCell::new(Vec::new()),
            finalizers: RefCell::new(Vec::new()),
            finalizers_due: Cell::new(false),
            frame_pool: RefCell::new(Vec::new()),
        }
    }

    /// Captured (stdout, stderr) of a capturing VM.
    pub fn take_output(&self) -> (String, String) {
        let take = |s: &RefCell<Sink>| match &mut *s.borrow_mut() {
            Sink::Capture(b) => std::mem::take(b),
            _ => String::new(),
        };
        (take(&self.stdout), take(&self.stderr))
    }

    /// Writes to `sys.stdout`.
    pub fn write_stdout(&self, s: &str) {
        self.stdout.borrow_mut().write(s);
    }

    /// Writes to `sys.stderr` (flushing stdout first so the two interleave as in CPython).
    pub fn write_stderr(&self, s: &str) {
        self.flush();
        self.stderr.borrow_mut().write(s);
    }

    /// Flushes buffered stdout.
    pub fn flush(&self) {
        if let Sink::Stdout(w) = &mut *self.stdout.borrow_mut() {
            let _ = w.flush();
        }
    }

    /// Runs a module's code object in a fresh `__main__` namespace.
    pub fn run_module(&self, code: Rc<Code>, source: &str) -> R<()> {
        let _current = CurrentGuard::enter(self);
        self.sources
            .borrow_mut()
            .insert(code.filename.clone(), source.into());
        let mut globals = Dict::default();
        globals.insert(
            HashKey::new(Value::Str(intern("__name__"))).expect("hashable"),
            Value::str("__main__"),
        );
        // The script's path as it was given, as CPython sets it.
        globals.insert(
            HashKey::new(Value::Str(intern("__file__"))).expect("hashable"),
            Value::str(&code.filename),
        );
        if let Some(b) = self.loaded_module("builtins") {
            globals.insert(
                HashKey::new(Value::Str(intern("__builtins__"))).expect("hashable"),
                b,
            );
        }
        let globals = Rc::new(RefCell::new(globals));
        let module = Rc::new(crate::runtime::Module::new("__main__", None));
        module
            .dict
            .borrow_mut()
            .extend(std::mem::take(&mut *globals.borrow_mut()));
        self.set_module("__main__", Value::Module(module.clone()));
        self.run_code_in(code, module.dict.clone()).map(|_| ())
    }

    /// Runs module-level code with `globals` as its namespace.
    pub fn run_code_in(&self, code: Rc<Code>, globals: Rc<RefCell<Dict>>) -> R<Value> {
        let slots = vec![Value::Null; code.localsplus.len()];
        let mut frame = Frame::new(code, slots, globals);
        // The module's frame counts towards the recursion limit, as in CPython.
        if self.depth.get() >= self.recursion_limit.get() {
            return Err(Exc::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.depth.set(self.depth.get() + 1);
        self.globals_stack.borrow_mut().push(frame.globals.clone());
        let r = self.run_frame(&mut frame);
        self.globals_stack.borrow_mut().pop();
        self.depth.set(self.depth.get() - 1);
        r
    }

    /// The module `sys.modules` holds under `name`.
    pub fn loaded_module(&self, name: &str) -> Option<Value> {
        self.modules
            .borrow()
            .get(&crate::runtime::StrKey::new(name))
            .cloned()
    }

    /// Records a module in `sys.modules` (`None` removes it).
    pub fn set_module(&self, name: &str, module: Value) {
        let key = HashKey::new(Value::str(name)).expect("str is hashable");
        self.modules.borrow_mut().insert(key, module);
    }

    /// Removes a module from `sys.modules`.
    pub fn forget_module(&self, name: &str) {
        self.modules
            .borrow_mut()
            .shift_remove(&crate::runtime::StrKey::new(name));
    }

    /// The source text of a file that was run.
    pub fn source(&self, filename: &str) -> Option<Rc<str>> {
        self.sources.borrow().get(filename).cloned()
    }

    /// The module namespace of the innermost running frame.
    pub fn current_globals(&self) -> Rc<RefCell<Dict>> {
        self.globals_stack
            .borrow()
            .last()
            .cloned()
            .unwrap_or_default()
    }

    /// An empty vector with room for `capacity` values: a finished frame's,
    /// when one is spare and big enough.
    pub fn frame_vec(&self, capacity: usize) -> Vec<Value> {
        match self.frame_pool.borrow_mut().pop() {
            Some(mut v) => {
                v.reserve(capacity);
                v
            }
            None => Vec::with_capacity(capacity),
        }
    }

    /// Takes back a finished frame's vector for [`Vm::frame_vec`].
    fn recycle_frame_vec(&self, mut v: Vec<Value>) {
        while let Some(x) = v.pop() {
            x.discard();
        }
        let mut pool = self.frame_pool.borrow_mut();
        if pool.len() < FRAME_POOL_SIZE {
            pool.push(v);
        }
    }

    /// Reports an exception nobody can catch (raised by `__del__`), as
    /// CPython's `PyErr_WriteUnraisable` does.
    ///
    /// An exception that never passed through a frame (a generator ignoring
    /// `GeneratorExit`) is shown in the frame running when it was raised, `at`
    /// (`PyTraceBack_Here` in CPython's unraisable hook).
    pub fn report_unraisable(&self, obj: &Value, e: &Exc, at: Option<(&Rc<Code>, usize)>) {
        if let Some((code, ip)) = at
            && e.state().traceback.borrow().is_none()
        {
            e.state().add_traceback(code, ip);
        }
        let what = crate::runtime::repr_plain(obj);
        let sources = |f: &str| self.source(f).map(|s| s.to_string());
        let tb = traceback::render_unmarked(e, &sources);
        self.write_stderr(&format!("Exception ignored in: {what}\n{tb}"));
    }

    /// Queues the `__del__` of an instance whose last reference went; it runs
    /// once the current instruction is done (so no container being changed
    /// is borrowed), which is where CPython's `Py_DECREF` would have run it.
    pub fn queue_finalizer(&self, what: Finalizer) {
        self.finalizers.borrow_mut().push(what);
        self.finalizers_due.set(true);
    }

    /// Runs the queued `__del__` methods and generator closes (and those their
    /// running queues); `at` is the instruction that made them due, if any.
    pub fn run_finalizers(&self, at: Option<(&Rc<Code>, usize)>) {
        loop {
            let batch = std::mem::take(&mut *self.finalizers.borrow_mut());
            if batch.is_empty() {
                break;
            }
            for what in batch {
                match what {
                    Finalizer::Del(del, inst) => {
                        if let Err(e) = self.call(&del, vec![Value::Instance(inst)], Vec::new()) {
                            self.report_unraisable(&del, &e, at);
                        }
                    }
                    Finalizer::Close(g) => {
                        if let Err(e) = self.close_generator(&g) {
                            self.report_unraisable(&Value::Generator(g), &e, at);
                        }
                    }
                }
            }
        }
        self.finalizers_due.set(false);
    }

    /// What CPython does at exit after the main module ran: each module's
    /// values are dropped in namespace order, a last collection runs, and
    /// every `__del__` that makes due runs.
    pub fn shutdown(&self) {
        let _current = CurrentGuard::enter(self);
        self.run_finalizers(None);
        let mut modules: Vec<Value> = Vec::new();
        if let Some(m) = self.loaded_module("__main__") {
            modules.push(m);
        }
        // Imported modules after `__main__`, in a fixed order (by name).
        let mut others: Vec<(String, Value)> = self
            .modules
            .borrow()
            .iter()
            .filter_map(|(k, m)| match k.value() {
                // The builtins module is never cleared: finalizers may still need it.
                Value::Str(name)
                    if !matches!(name.as_str(), "__main__" | "builtins")
                        && matches!(m, Value::Module(_)) =>
                {
                    Some((name.as_str().to_string(), m.clone()))
                }
                _ => None,
            })
            .collect();
        others.sort_by(|a, b| a.0.cmp(&b.0));
        modules.extend(others.into_iter().map(|(_, m)| m));
        for m in &modules {
            if let Value::Module(m) = m {
                clear_module_dict(&m.dict);
                self.run_finalizers(None);
            }
        }
        crate::runtime::gc::collect(2);
        self.run_finalizers(None);
        self.flush();
    }

    /// The exception being handled, if any.
    pub fn handled_exception(&self) -> Option<Exc> {
        self.handled.borrow().clone()
    }

    /// Makes `exc` the exception being handled; returns the previous one.
    pub fn set_handled_exception(&self, exc: Option<Exc>) -> Option<Exc> {
        self.handled.replace(exc)
    }

    /// Makes this VM the one [`with_current`] finds while the guard lives.
    pub fn enter(&self) -> impl Drop + use<> {
        CurrentGuard::enter(self)
    }

    /// Runs a frame to its return (a frame that is not a generator's).
    pub fn run_frame(&self, frame: &mut Frame) -> R<Value> {
        match self.run_flow(frame)? {
            Flow::Return(v) | Flow::Yield(v) => Ok(v),
            Flow::Next => unreachable!("run_flow only stops to leave the frame"),
        }
    }

    /// The dispatch loop; it stops when the frame returns or (a generator's) yields.
    pub fn run_flow(&self, frame: &mut Frame) -> R<Flow> {
        // The frame's code never changes while it runs: hold its instructions
        // here instead of reaching through the frame for each one.
        let code = frame.code.clone();
        let instrs = &code.instrs[..];
        loop {
            let instr = instrs[frame.ip];
            frame.ip += 1;
            let result = match Opcode::from_u16(instr.op) {
                Some(op) => execute(op, self, frame, instr.arg),
                None => (op_info(instr.op).handler)(self, frame, instr.arg),
            };
            match result {
                Ok(Flow::Next) => {
                    if self.finalizers_due.get() {
                        self.run_finalizers(Some((&code, frame.ip - 1)));
                    }
                }
                Ok(flow) => return Ok(flow),
                Err(e) => self.handle_exception(frame, e, frame.ip - 1)?,
            }
        }
    }

    /// An exception raised at instruction `at`: recorded in its traceback
    /// (unless re-raised), then the frame continues at the instruction's
    /// handler, or the exception leaves the frame (`Err`).
    pub fn handle_exception(&self, frame: &mut Frame, e: Exc, at: usize) -> R<()> {
        let code = &frame.code;
        let state = e.state();
        if !state.reraised.replace(false) {
            state.add_traceback(code, at);
        }
        let exc = code.instrs[at].exc;
        if exc == 0 {
            return Err(e);
        }
        let h = code.handlers[exc as usize - 1];
        frame.stack.truncate(frame.nlocals + h.depth as usize);
        if h.lasti {
            frame.stack.push(Value::Int(at as i64));
        }
        frame.stack.push(e.value());
        frame.ip = h.target as usize;
        Ok(())
    }

    /// Runs a class body (`func`) with `ns` as its namespace; returns the
    /// `__class__` cell it hands back, if any.
    pub fn run_class_body(&self, func: &Rc<Function>, ns: Rc<RefCell<Dict>>) -> R<Option<Value>> {
        let code = &func.code;
        let mut frame = Frame::new(
            code.clone(),
            vec![Value::Null; code.localsplus.len()],
            func.globals.clone(),
        );
        frame.func = Some(func.clone());
        frame.locals = Some(ns);
        if self.depth.get() >= self.recursion_limit.get() {
            return Err(Exc::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.depth.set(self.depth.get() + 1);
        let r = self.run_frame(&mut frame);
        self.depth.set(self.depth.get() - 1);
        Ok(match r? {
            cell @ Value::Cell(_) => Some(cell),
            _ => None,
        })
    }

    /// Looks a name up in the builtins.
    pub fn builtin(&self, name: &Rc<PyStr>) -> Option<Value> {
        self.builtins.borrow().get(&NameKey(name)).cloned()
    }

    /// Calls `f` with positional and keyword arguments.
    pub fn call(&self, f: &Value, args: Vec<Value>, kwargs: Vec<(Rc<PyStr>, Value)>) -> R<Value> {
        match f {
            Value::Function(func) => self.call_function(func, args, &kwargs),
            Value::Builtin(b) => (b.func)(self, &args, &kwargs),
            Value::Method(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.0.clone());
                full.extend(args);
                (m.1.func)(self, &full, &kwargs)
            }
            Value::Type(t) => builtins::construct(self, *t, &args, &kwargs),
            Value::Class(c) => {
                // A metaclass's `__call__` decides what calling the class does.
                if let Some(m) = &c.meta
                    && let Some(call @ Value::Function(_)) = m.lookup("__call__")
                {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(f.clone());
                    full.extend(args);
                    return self.call(&call, full, kwargs);
                }
                object::instantiate(self, c, args, kwargs)
            }
            Value::BoundMethod(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.1.clone());
                full.extend(args);
                self.call(&m.0, full, kwargs)
            }
            Value::Descr(d) => match &**d {
                object::Descr::StaticMethod(f) | object::Descr::ClassMethod(f) => {
                    self.call(f, args, kwargs)
                }
                object::Descr::Slot { kind, name } => {
                    crate::runtime::slots::call_slot(self, *kind, name, &args, &kwargs)
                }
                object::Descr::MethodDescr { kind, method } => {
                    crate::runtime::slots::call_method_descr(self, *kind, method, &args, &kwargs)
                }
                _ => Err(Exc::type_error(format!(
                    "'{}' object is not callable",
                    f.type_name()
                ))),
            },
            Value::Instance(_) => match object::special(f, "__call__") {
                Some(call) => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(f.clone());
                    full.extend(args);
                    self.call(&call, full, kwargs)
                }
                None => Err(Exc::type_error(format!(
                    "'{}' object is not callable",
                    f.type_name()
                ))),
            },
            other => Err(Exc::type_error(format!(
                "'{}' object is not callable",
                other.type_name()
            ))),
        }
    }

    /// Calls a built-in bound to `recv` without allocating a bound method.
    pub fn call_method(
        &self,
        b: &'static Builtin,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> R<Value> {
        (b.func)(self, args, kwargs)
    }

    /// Binds arguments to parameters (CPython's messages) and runs the function.
    pub fn call_function(
        &self,
        func: &Rc<Function>,
        args: Vec<Value>,
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> R<Value> {
        let code = &func.code;
        let fast = if kwargs.is_empty() && code.takes_exactly(args.len()) {
            // The arguments become the first locals; the vector grows into the frame.
            let mut fast = args;
            fast.reserve(code.localsplus.len() + code.stacksize - fast.len());
            fast.resize(code.localsplus.len(), Value::Null);
            fast
        } else {
            bind_arguments(func, args, kwargs)?
        };
        self.run_function(func, fast)
    }

    /// Runs `func` in a new frame whose fast locals are `fast` (all of
    /// `co_localsplus`, the arguments bound): its return value, or for a
    /// generator function the new generator.
    pub fn run_function(&self, func: &Rc<Function>, fast: Vec<Value>) -> R<Value> {
        let code = &func.code;
        if crate::runtime::gc::collection_due() {
            crate::runtime::gc::collect_due();
        }
        if self.depth.get() >= self.recursion_limit.get() {
            return Err(Exc::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.depth.set(self.depth.get() + 1);
        let mut frame = Frame::new(code.clone(), fast, func.globals.clone());
        frame.func = Some(func.clone());
        // A generator function runs its prefix up to `RETURN_GENERATOR`,
        // which suspends the frame inside a new generator.
        let r = self.run_flow(&mut frame);
        self.depth.set(self.depth.get() - 1);
        let flow = match r {
            Ok(Flow::Yield(_)) if code.generator => {
                return Ok(Value::Generator(Rc::new(Generator::new(frame))));
            }
            other => other,
        };
        self.recycle_frame_vec(std::mem::take(&mut frame.stack));
        match flow? {
            Flow::Return(v) | Flow::Yield(v) => Ok(v),
            Flow::Next => unreachable!("run_flow only stops to leave the frame"),
        }
    }

    /// `obj.name` (CPython's `PyObject_GetAttr`).
    pub fn getattr(&self, obj: &Value, name: &Rc<PyStr>) -> R<Value> {
        match obj {
            Value::Instance(i) => object::instance_getattr(self, i, name),
            Value::Class(c) => object::class_getattr(self, c, name),
            Value::Descr(d) => match &**d {
                object::Descr::Super { class, obj } => {
                    object::super_getattr(self, class, obj, name)
                }
                _ => builtins::descr_getattr(obj, d, name.as_str()),
            },
            Value::Module(m) if name.as_str() == "__dict__" => Ok(Value::Dict(m.dict.clone())),
            Value::Module(m) => {
                let found = m.dict.borrow().get(&NameKey(name)).cloned();
                found.ok_or_else(|| {
                    Exc::new(
                        ExcType::AttributeError,
                        format!(
                            "module '{}' has no attribute '{}'",
                            m.name.as_str(),
                            name.as_str()
                        ),
                    )
                })
            }
            Value::BoundMethod(m) => match name.as_str() {
                "__func__" => Ok(m.0.clone()),
                "__self__" => Ok(m.1.clone()),
                _ => self.getattr(&m.0, name),
            },
            Value::Function(func) => crate::runtime::function::getattr(func, name),
            Value::Type(t) => match crate::runtime::slots::type_attr(*t, name.as_str()) {
                Some(a) => Ok(a),
                // A method of `type` itself (`list.__call__`, `int.mro`).
                None => match builtins::find_method(obj, name.as_str()) {
                    Some(m) => Ok(Value::Method(Rc::new((obj.clone(), m)))),
                    None => handlers::rt_getattr(obj, name.as_str()),
                },
            },
            _ => match builtins::find_method(obj, name.as_str()) {
                Some(m) => Ok(Value::Method(Rc::new((obj.clone(), m)))),
                None => match crate::runtime::slots::bound_slot(obj, name.as_str()) {
                    Some(m) => Ok(m),
                    // What every object inherits from `object`.
                    None => match builtins::object_method(None, name.as_str()) {
                        Some(b) if name.as_str() != "__init_subclass__" => {
                            Ok(Value::Method(Rc::new((obj.clone(), b))))
                        }
                        _ => handlers::rt_getattr(obj, name.as_str()),
                    },
                },
            },
        }
    }

    /// `obj.name = value`, or `del obj.name` when `value` is `None`.
    pub fn setattr(&self, obj: &Value, name: &Rc<PyStr>, value: Option<Value>) -> R<()> {
        match obj {
            Value::Instance(i) => object::instance_setattr(self, i, name, value),
            Value::Class(c) => object::class_setattr(c, name, value),
            Value::Function(func) => crate::runtime::function::setattr(func, name, value),
            Value::Module(m) => {
                match value {
                    Some(v) => m.set(name.as_str(), v),
                    None => {
                        m.dict.borrow_mut().shift_remove(&NameKey(name));
                    }
                }
                Ok(())
            }
            _ => {
                let name = name.as_str();
                let kind = obj.type_kind();
                // Members (slice and range bounds, complex parts) and the
                // computed attributes of numbers cannot be set or deleted.
                let member = matches!(
                    (kind, name),
                    (
                        crate::runtime::TypeKind::Slice | crate::runtime::TypeKind::Range,
                        "start" | "stop" | "step"
                    ) | (crate::runtime::TypeKind::Complex, "real" | "imag")
                );
                let getset = matches!(
                    (kind, name),
                    (
                        crate::runtime::TypeKind::Int | crate::runtime::TypeKind::Bool,
                        "real" | "imag" | "numerator" | "denominator"
                    ) | (crate::runtime::TypeKind::Float, "real" | "imag")
                );
                let msg = if member {
                    "readonly attribute".to_string()
                } else if getset {
                    format!(
                        "attribute '{name}' of '{}' objects is not writable",
                        obj.type_name()
                    )
                } else if builtins::find_method(obj, name).is_some() {
                    format!(
                        "'{}' object attribute '{name}' is read-only",
                        obj.type_name()
                    )
                } else if value.is_none() {
                    format!("'{}' object has no attribute '{name}'", obj.type_name())
                } else {
                    format!(
                        "'{}' object has no attribute '{name}' and no __dict__ for setting new attributes",
                        obj.type_name()
                    )
                };
                Err(Exc::new(ExcType::AttributeError, msg))
            }
        }
    }

    /// `str(v)`.
    pub fn to_str(&self, v: &Value) -> R<String> {
        crate::runtime::to_str(v)
    }

    /// `format(v, spec)`.
    pub fn format(&self, v: &Value, spec: &str) -> R<String> {
        crate::runtime::format_value(v, spec, &|x| crate::runtime::to_str(x))
    }

    /// `repr(v)`.
    pub fn repr(&self, v: &Value) -> R<String> {
        crate::runtime::repr(v)
    }

    /// `bool(v)`.
    pub fn truthy(&self, v: &Value) -> R<bool> {
        crate::runtime::is_true(v)
    }

    /// The items of an iterable.
    pub fn iterate(&self, v: &Value) -> R<Vec<Value>> {
        crate::runtime::iterate_plain(v)
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: CPython's list of names in
/// argument errors.
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// A function's `__qualname__` as it is when an argument error is raised
/// (it can be reassigned); read only when formatted.
struct CurrentQualname<'a>(&'a Function);

impl std::fmt::Display for CurrentQualname<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.qualname.borrow().as_str())
    }
}

/// The fast locals of a call: positional arguments, `*args`, keywords,
/// `**kwargs` and defaults bound to their slots, with CPython's errors
/// (`ceval.c`'s `initialize_locals`, in the same order of checks).
fn bind_arguments(
    func: &Function,
    args: Vec<Value>,
    kwargs: &[(Rc<PyStr>, Value)],
) -> R<Vec<Value>> {
    let code = &func.code;
    let qual = CurrentQualname(func);
    let n = code.argcount;
    let nkw = code.kwonlyargcount;
    let mut fast = Vec::with_capacity(code.localsplus.len() + code.stacksize);
    fast.resize(code.localsplus.len(), Value::Null);
    let given = args.len();
    let mut extra = Vec::new();
    for (i, a) in args.into_iter().enumerate() {
        if i < n {
            fast[i] = a;
        } else {
            extra.push(a);
        }
    }
    let mut slot = n + nkw;
    if code.varargs {
        fast[slot] = Value::tuple(extra.clone());
        slot += 1;
    }
    let mut kwdict = code.varkw.then(Dict::default);
    let mut posonly_passed = Vec::new();
    for (name, v) in kwargs {
        let found = code.varnames[code.posonlyargcount..n + nkw]
            .iter()
            .position(|p| Rc::ptr_eq(p, name) || p.as_str() == name.as_str())
            .map(|i| i + code.posonlyargcount);
        match found {
            Some(i) => {
                if !fast[i].is_null() {
                    return Err(Exc::type_error(format!(
                        "{qual}() got multiple values for argument '{}'",
                        name.as_str()
                    )));
                }
                fast[i] = v.clone();
            }
            None => match &mut kwdict {
                Some(d) => {
                    d.insert(HashKey::new(Value::Str(name.clone()))?, v.clone());
                }
                None => {
                    if code.varnames[..code.posonlyargcount]
                        .iter()
                        .any(|p| p.as_str() == name.as_str())
                    {
                        posonly_passed.push(name.as_str().to_string());
                        continue;
                    }
                    let params: Vec<&str> = code.varnames
                        [code.posonlyargcount..code.argcount + code.kwonlyargcount]
                        .iter()
                        .map(|p| p.as_str())
                        .collect();
                    let hint = suggest::closest(&params, name.as_str())
                        .map(|s| format!(". Did you mean '{s}'?"))
                        .unwrap_or_default();
                    return Err(Exc::type_error(format!(
                        "{qual}() got an unexpected keyword argument '{}'{hint}",
                        name.as_str()
                    )));
                }
            },
        }
    }
    if !posonly_passed.is_empty() {
        return Err(Exc::type_error(format!(
            "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_passed.join(", ")
        )));
    }
    if let Some(d) = kwdict {
        fast[slot] = Value::dict(d);
    }
    let defaults = func.defaults.borrow();
    if given > n && !code.varargs {
        let kwonly_given = (n..n + nkw).filter(|&i| !fast[i].is_null()).count();
        let (sig, plural) = if defaults.is_empty() {
            (n.to_string(), n != 1)
        } else {
            (format!("from {} to {n}", n - defaults.len()), true)
        };
        let kwonly_sig = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {kwonly_given} keyword-only argument{})",
                if given != 1 { "s" } else { "" },
                if kwonly_given != 1 { "s" } else { "" }
            )
        } else {
            String::new()
        };
        return Err(Exc::type_error(format!(
            "{qual}() takes {sig} positional argument{} but {given}{kwonly_sig} {} given",
            if plural { "s" } else { "" },
            if given == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            }
        )));
    }
    let first_default = n - defaults.len();
    let mut missing = Vec::new();
    for i in 0..n {
        if fast[i].is_null() {
            if i >= first_default {
                fast[i] = defaults[i - first_default].clone();
            } else {
                missing.push(code.varnames[i].as_str().to_string());
            }
        }
    }
    drop(defaults);
    let missing_error = |missing: &[String], kind: &str| {
        let k = missing.len();
        Exc::type_error(format!(
            "{qual}() missing {k} required {kind} argument{}: {}",
            if k == 1 { "" } else { "s" },
            name_list(missing)
        ))
    };
    if !missing.is_empty() {
        return Err(missing_error(&missing, "positional"));
    }
    if nkw > 0 {
        let kwdefaults = func.kwdefaults.borrow();
        for (slot, name) in fast[n..n + nkw].iter_mut().zip(&code.varnames[n..n + nkw]) {
            if slot.is_null() {
                match kwdefaults.iter().find(|(k, _)| k.as_str() == name.as_str()) {
                    Some((_, v)) => *slot = v.clone(),
                    None => missing.push(name.as_str().to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(&missing, "keyword-only"));
        }
    }
    Ok(fast)
}

/// Drops a module's values in namespace order, as freeing the `__main__`
/// module's dict does in CPython at exit (names stay, bound to `None`).
fn clear_module_dict(dict: &Rc<RefCell<Dict>>) {
    let keys: Vec<HashKey> = dict.borrow().keys().cloned().collect();
    for k in &keys {
        if matches!(k.value(), Value::Str(s) if s.as_str() == "__builtins__") {
            continue;
        }
        // The old value is dropped after the borrow ends, so a `__del__`
        // queued by it may look at the module.
        let old = dict
            .borrow_mut()
            .get_mut(k)
            .map(|v| std::mem::replace(v, Value::None));
        drop(old);
    }
}

thread_local! {
    /// The VM running on this thread, while [`Vm::run_module`] runs.
    static CURRENT: Cell<*const Vm> = const { Cell::new(std::ptr::null()) };
}

/// Sets [`CURRENT`] for the duration of a run and restores the previous value.
struct CurrentGuard(*const Vm);

impl CurrentGuard {
    fn enter(vm: &Vm) -> CurrentGuard {
        CurrentGuard(CURRENT.with(|c| c.replace(vm as *const Vm)))
    }
}

impl Drop for CurrentGuard {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.0));
    }
}

/// Runs `f` with the VM that is running on this thread: the object model's
/// generic operations call user methods (`__eq__`, `__hash__`, `__repr__`, ...)
/// through it, as CPython's abstract API reaches the thread state. `None` when
/// no program runs (constant folding at compile time).
pub fn with_current<T>(f: impl FnOnce(&Vm) -> T) -> Option<T> {
    let p = CURRENT.with(|c| c.get());
    // SAFETY: `CURRENT` is non-null only while `run_module`'s `&self` borrow is
    // alive (the guard restores it before that borrow ends), and the VM is only
    // ever used through shared references, so this `&Vm` aliases nothing mutable.
    (!p.is_null()).then(|| f(unsafe { &*p }))
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
