//! The virtual machine — CPython's `Python/ceval.c`: frames, the dispatch loop,
//! calls, and output.

pub mod handlers;
pub mod traceback;

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use crate::bytecode::opcodes::execute;
use crate::bytecode::{Code, Flow, Opcode, op_info};
use crate::runtime::builtins::{self, Builtin};
use crate::runtime::{
    Dict, Exc, ExcType, Function, HashKey, NameKey, PyStr, TbEntry, Value, intern,
};

type R<T> = Result<T, Exc>;

/// CPython's default recursion limit (`sys.getrecursionlimit()`).
pub const RECURSION_LIMIT: usize = 1000;

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
        }
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

/// The interpreter state shared by all frames.
pub struct Vm {
    builtins: Rc<RefCell<Dict>>,
    stdout: Sink,
    stderr: Sink,
    depth: usize,
    /// Sources of the files run, for traceback lines.
    sources: HashMap<Rc<str>, Rc<str>>,
}

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
        for (name, v) in builtins::builtin_namespace() {
            d.insert(
                HashKey::new(Value::Str(intern(name))).expect("str is hashable"),
                v,
            );
        }
        Vm {
            builtins: Rc::new(RefCell::new(d)),
            stdout,
            stderr,
            depth: 0,
            sources: HashMap::new(),
        }
    }

    /// Captured (stdout, stderr) of a capturing VM.
    pub fn take_output(&mut self) -> (String, String) {
        let take = |s: &mut Sink| match s {
            Sink::Capture(b) => std::mem::take(b),
            _ => String::new(),
        };
        (take(&mut self.stdout), take(&mut self.stderr))
    }

    /// Writes to `sys.stdout`.
    pub fn write_stdout(&mut self, s: &str) {
        self.stdout.write(s);
    }

    /// Writes to `sys.stderr` (flushing stdout first so the two interleave as in CPython).
    pub fn write_stderr(&mut self, s: &str) {
        self.flush();
        self.stderr.write(s);
    }

    /// Flushes buffered stdout.
    pub fn flush(&mut self) {
        if let Sink::Stdout(w) = &mut self.stdout {
            let _ = w.flush();
        }
    }

    /// Runs a module's code object in a fresh `__main__` namespace.
    pub fn run_module(&mut self, code: Rc<Code>, source: &str) -> R<()> {
        self.sources.insert(code.filename.clone(), source.into());
        let mut globals = Dict::default();
        globals.insert(
            HashKey::new(Value::Str(intern("__name__"))).expect("hashable"),
            Value::str("__main__"),
        );
        let globals = Rc::new(RefCell::new(globals));
        let mut frame = Frame::new(code, Vec::new(), globals);
        // The module's frame counts towards the recursion limit, as in CPython.
        self.depth += 1;
        let r = self.run_frame(&mut frame).map(|_| ());
        self.depth -= 1;
        r
    }

    /// The source text of a file that was run.
    pub fn source(&self, filename: &str) -> Option<&str> {
        self.sources.get(filename).map(|s| &**s)
    }

    /// The dispatch loop.
    pub fn run_frame(&mut self, frame: &mut Frame) -> R<Value> {
        loop {
            let instr = frame.code.instrs[frame.ip];
            frame.ip += 1;
            let result = match Opcode::from_u16(instr.op) {
                Some(op) => execute(op, self, frame, instr.arg),
                None => (op_info(instr.op).handler)(self, frame, instr.arg),
            };
            match result {
                Ok(Flow::Next) => {}
                Ok(Flow::Return(v)) => return Ok(v),
                Err(mut e) => {
                    let code = &frame.code;
                    e.0.traceback.push(TbEntry {
                        filename: code.filename.clone(),
                        name: code.name.as_str().to_string(),
                        pos: code.positions[frame.ip - 1],
                    });
                    return Err(e);
                }
            }
        }
    }

    /// Looks a name up in the builtins.
    pub fn builtin(&self, name: &Rc<PyStr>) -> Option<Value> {
        self.builtins.borrow().get(&NameKey(name)).cloned()
    }

    /// Calls `f` with positional and keyword arguments.
    pub fn call(
        &mut self,
        f: &Value,
        args: Vec<Value>,
        kwargs: Vec<(Rc<PyStr>, Value)>,
    ) -> R<Value> {
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
            other => Err(Exc::type_error(format!(
                "'{}' object is not callable",
                other.type_name()
            ))),
        }
    }

    /// Calls a built-in bound to `recv` without allocating a bound method.
    pub fn call_method(
        &mut self,
        b: &'static Builtin,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> R<Value> {
        (b.func)(self, args, kwargs)
    }

    /// Binds arguments to parameters (CPython's messages) and runs the function.
    pub fn call_function(
        &mut self,
        func: &Rc<Function>,
        args: Vec<Value>,
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> R<Value> {
        let code = &func.code;
        let argcount = code.argcount;
        let qual = code.qualname.as_str();
        if args.len() > argcount {
            let defaults = func.defaults.borrow().len();
            let given = args.len();
            let takes = if defaults > 0 {
                format!(
                    "from {} to {argcount} positional arguments",
                    argcount - defaults
                )
            } else {
                format!(
                    "{argcount} positional argument{}",
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let were = if given == 1 { "was" } else { "were" };
            return Err(Exc::type_error(format!(
                "{qual}() takes {takes} but {given} {were} given"
            )));
        }
        // The arguments become the first locals; the vector grows into the frame.
        let mut fast = args;
        fast.reserve(code.localsplus.len() + code.stacksize - fast.len());
        fast.resize(code.localsplus.len(), Value::Null);
        for (name, v) in kwargs {
            let Some(i) = code.varnames[..argcount]
                .iter()
                .position(|p| Rc::ptr_eq(p, name) || p.as_str() == name.as_str())
            else {
                return Err(Exc::type_error(format!(
                    "{qual}() got an unexpected keyword argument '{}'",
                    name.as_str()
                )));
            };
            if !fast[i].is_null() {
                return Err(Exc::type_error(format!(
                    "{qual}() got multiple values for argument '{}'",
                    name.as_str()
                )));
            }
            fast[i] = v.clone();
        }
        let defaults = func.defaults.borrow();
        let first_default = argcount - defaults.len();
        let mut missing = Vec::new();
        for i in 0..argcount {
            if fast[i].is_null() {
                if i >= first_default {
                    fast[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(format!("'{}'", code.varnames[i].as_str()));
                }
            }
        }
        drop(defaults);
        if !missing.is_empty() {
            let n = missing.len();
            let names = match n {
                1 => missing[0].clone(),
                2 => format!("{} and {}", missing[0], missing[1]),
                _ => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
            };
            return Err(Exc::type_error(format!(
                "{qual}() missing {n} required positional argument{}: {names}",
                if n == 1 { "" } else { "s" }
            )));
        }
        if self.depth >= RECURSION_LIMIT {
            return Err(Exc::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.depth += 1;
        let mut frame = Frame::new(code.clone(), fast, func.globals.clone());
        frame.func = Some(func.clone());
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        r
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> R<String> {
        crate::runtime::to_str(v)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> R<String> {
        crate::runtime::format_value(v, spec, &|x| crate::runtime::to_str(x))
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> R<String> {
        crate::runtime::repr(v)
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> R<bool> {
        Ok(crate::runtime::truthy(v))
    }

    /// The items of an iterable.
    pub fn iterate(&mut self, v: &Value) -> R<Vec<Value>> {
        crate::runtime::iterate_plain(v)
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
