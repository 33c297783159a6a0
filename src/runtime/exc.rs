//! Exceptions — CPython's `Objects/exceptions.c`: the built-in hierarchy as class
//! objects, and [`Exc`], the error every fallible operation returns, which is an
//! exception instance like any other (user classes may derive from the built-in
//! ones).

use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

use super::object::{Class, Instance};
use super::{PyStr, Value, intern};
use crate::ast::Pos;

/// A raised exception: the exception instance itself, one word wide.
#[derive(Clone)]
pub struct Exc(pub Rc<Instance>);

/// The exception-specific state of an instance of a `BaseException` subclass.
#[derive(Default)]
pub struct ExcState {
    /// `args`, always a tuple.
    pub args: RefCell<Value>,
    /// The frames it left, innermost first (its `__traceback__`).
    pub traceback: RefCell<Vec<TbEntry>>,
    /// `__cause__` (`None` unless set by `raise ... from ...`).
    pub cause: RefCell<Value>,
    /// `__context__`: the exception being handled when this one was raised.
    pub context: RefCell<Value>,
    /// `__suppress_context__`.
    pub suppress_context: Cell<bool>,
    /// What a traceback adds after the message: a `NameError`'s "Did you
    /// mean" hint, worked out where the name was missing.
    pub hint: RefCell<Option<String>>,
    /// Set by a bare `raise` or `RERAISE`: the frame that re-raises adds no
    /// traceback entry (CPython skips `PyTraceBack_Here` for those).
    pub reraised: Cell<bool>,
}

/// One frame of a traceback.
#[derive(Debug, Clone)]
pub struct TbEntry {
    /// `co_filename`.
    pub filename: Rc<str>,
    /// `co_name` (`<module>` for module code).
    pub name: String,
    /// Position of the instruction that raised.
    pub pos: Pos,
}

impl fmt::Debug for Exc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.summary())
    }
}

impl Exc {
    /// A new exception of the built-in class `ty` whose only argument is `msg`
    /// (no argument when `msg` is empty), raised while the VM handles the
    /// current exception (which becomes its `__context__`).
    pub fn new(ty: ExcType, msg: impl Into<String>) -> Exc {
        let msg = msg.into();
        let args = if msg.is_empty() {
            Vec::new()
        } else {
            vec![Value::str(&msg)]
        };
        Exc::with_args(ty, args)
    }
    /// A new exception of the built-in class `ty` with these `args`.
    pub fn with_args(ty: ExcType, args: Vec<Value>) -> Exc {
        let inst = Instance::new_exception(ty.class(), Value::tuple(args));
        let exc = Exc(inst);
        exc.set_context_from_vm();
        exc
    }
    /// Wraps an exception instance (`raise obj`).
    pub fn from_instance(inst: Rc<Instance>) -> Exc {
        debug_assert!(inst.exc.is_some());
        Exc(inst)
    }
    /// The exception instance as a value.
    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }
    /// Its exception state.
    pub fn state(&self) -> &ExcState {
        self.0
            .exc
            .as_deref()
            .expect("an Exc always wraps an exception instance")
    }
    /// The nearest built-in class it derives from.
    pub fn ty(&self) -> ExcType {
        self.0
            .class
            .exc
            .expect("exception classes know their built-in base")
    }
    /// Whether it is an instance of the built-in class `ty`.
    pub fn is(&self, ty: ExcType) -> bool {
        self.ty().is_subclass(ty)
    }
    /// `TypeError(msg)`.
    pub fn type_error(msg: impl Into<String>) -> Exc {
        Exc::new(ExcType::TypeError, msg)
    }
    /// `ValueError(msg)`.
    pub fn value_error(msg: impl Into<String>) -> Exc {
        Exc::new(ExcType::ValueError, msg)
    }
    /// Records the exception the VM is handling as `__context__`, as CPython's
    /// `_PyErr_SetObject` does on every raise; a chain that would loop back to
    /// this exception is cut.
    pub fn set_context_from_vm(&self) {
        let handled = crate::vm::with_current(|vm| vm.handled_exception()).flatten();
        let Some(handled) = handled else { return };
        if Rc::ptr_eq(&handled.0, &self.0) {
            return;
        }
        // Cut a cycle: if this exception is in the handled one's context chain,
        // the link pointing at it is removed.
        let mut o = handled.clone();
        loop {
            let next = match &*o.state().context.borrow() {
                Value::Instance(i) if i.exc.is_some() => Exc(i.clone()),
                _ => break,
            };
            if Rc::ptr_eq(&next.0, &self.0) {
                *o.state().context.borrow_mut() = Value::None;
                break;
            }
            o = next;
        }
        *self.state().context.borrow_mut() = handled.value();
    }
    /// The class name as tracebacks print it (`KeyError`, or a user class's
    /// qualified name with its module when not `builtins`/`__main__`).
    pub fn class_name(&self) -> Rc<PyStr> {
        self.0.class.name.clone()
    }
    /// The last line of a traceback for exceptions whose `str` needs no VM:
    /// `ZeroDivisionError: division by zero`.
    pub fn summary(&self) -> String {
        let s = super::exc_str_plain(self);
        let name = self.0.class.display_name();
        if s.is_empty() {
            name
        } else {
            format!("{name}: {s}")
        }
    }
}

macro_rules! exc_types {
    ($( $name:ident : $parent:ident ),* $(,)?) => {
        /// The built-in exception classes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum ExcType { BaseException, $( #[allow(missing_docs)] $name, )* }

        impl ExcType {
            /// The class name.
            pub fn name(self) -> &'static str {
                match self { ExcType::BaseException => "BaseException", $( ExcType::$name => stringify!($name), )* }
            }
            /// The base class (`BaseException` is its own).
            pub fn parent(self) -> ExcType {
                match self { ExcType::BaseException => ExcType::BaseException, $( ExcType::$name => ExcType::$parent, )* }
            }
            /// Every built-in exception class, each after its base.
            pub const ALL: &'static [ExcType] = &[ExcType::BaseException, $( ExcType::$name, )*];
        }
    };
}

exc_types! {
    Exception: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    ArithmeticError: Exception,
    ZeroDivisionError: ArithmeticError,
    OverflowError: ArithmeticError,
    FloatingPointError: ArithmeticError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    NameError: Exception,
    UnboundLocalError: NameError,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    AttributeError: Exception,
    RuntimeError: Exception,
    RecursionError: RuntimeError,
    NotImplementedError: RuntimeError,
    PythonFinalizationError: RuntimeError,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    AssertionError: Exception,
    MemoryError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    OSError: Exception,
    FileNotFoundError: OSError,
    FileExistsError: OSError,
    PermissionError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    TimeoutError: OSError,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    InterruptedError: OSError,
    ProcessLookupError: OSError,
    ReferenceError: Exception,
    SystemError: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    PendingDeprecationWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

thread_local! {
    /// The class object of every built-in exception, indexed by `ExcType`.
    static CLASSES: Vec<Rc<Class>> = {
        let mut out: Vec<Rc<Class>> = Vec::with_capacity(ExcType::ALL.len());
        for &t in ExcType::ALL {
            let mut mro = Vec::new();
            let mut bases = Vec::new();
            if t != ExcType::BaseException {
                let parent = out[t.parent() as usize].clone();
                mro.push(Value::Class(parent.clone()));
                mro.extend(parent.mro.iter().cloned());
                bases.push(Value::Class(parent));
            } else {
                mro.push(Value::Type(super::TypeKind::Object));
                bases.push(Value::Type(super::TypeKind::Object));
            }
            out.push(Rc::new(Class::builtin(intern(t.name()), bases, mro, Some(t))));
        }
        out
    };
}

impl ExcType {
    /// `issubclass(self, other)`.
    pub fn is_subclass(self, other: ExcType) -> bool {
        let mut t = self;
        loop {
            if t == other {
                return true;
            }
            if t == ExcType::BaseException {
                return false;
            }
            t = t.parent();
        }
    }
    /// The class object.
    pub fn class(self) -> Rc<Class> {
        CLASSES.with(|c| c[self as usize].clone())
    }
}
