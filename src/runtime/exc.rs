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
use crate::bytecode::Code;

/// A raised exception: the exception instance itself, one word wide.
#[derive(Clone)]
pub struct Exc(pub Rc<Instance>);

/// The exception-specific state of an instance of a `BaseException` subclass.
#[derive(Default)]
pub struct ExcState {
    /// `args`, always a tuple.
    pub args: RefCell<Value>,
    /// Its `__traceback__`: the frame it is in now, linked to the frames it
    /// left (CPython's chain of traceback objects).
    pub traceback: RefCell<Option<Rc<Traceback>>>,
    /// `__cause__` (`None` unless set by `raise ... from ...`).
    pub cause: RefCell<Value>,
    /// `__context__`: the exception being handled when this one was raised.
    pub context: RefCell<Value>,
    /// `__suppress_context__`.
    pub suppress_context: Cell<bool>,
    /// What a traceback adds after the message: a `NameError`'s "Did you
    /// mean" hint, worked out where the name was missing.
    pub hint: RefCell<Option<String>>,
    /// An `OSError`'s `errno`, `strerror`, `filename` and `filename2`
    /// (see [`OS_ERROR_FIELDS`]), once it was made with 2 to 5 arguments.
    pub os_fields: RefCell<Option<Box<[Value; 4]>>>,
    /// Set by a bare `raise` or `RERAISE`: the frame that re-raises adds no
    /// traceback entry (CPython skips `PyTraceBack_Here` for those).
    pub reraised: Cell<bool>,
    /// An exception group's `(message, exceptions)` pair, the exceptions a
    /// tuple; `None` for other exceptions (see `exc_group`).
    pub group: RefCell<Value>,
}

impl ExcState {
    /// The `OSError` field `name` (`errno`, ...): `None` when unset.
    pub fn os_field(&self, name: &str) -> Option<Value> {
        let i = OS_ERROR_FIELDS.iter().position(|f| *f == name)?;
        Some(
            self.os_fields
                .borrow()
                .as_ref()
                .map_or(Value::None, |f| f[i].clone()),
        )
    }

    /// Sets the `OSError` field `name`; false when it is not one.
    pub fn set_os_field(&self, name: &str, v: Value) -> bool {
        let Some(i) = OS_ERROR_FIELDS.iter().position(|f| *f == name) else {
            return false;
        };
        self.os_fields
            .borrow_mut()
            .get_or_insert_with(Default::default)[i] = v;
        true
    }

    /// Sets `__traceback__`: a traceback object or `None`.
    pub fn set_traceback(&self, tb: &Value) -> Result<(), Exc> {
        *self.traceback.borrow_mut() = match tb {
            Value::Traceback(t) => Some(t.clone()),
            Value::None => None,
            _ => {
                return Err(Exc::type_error("__traceback__ must be a traceback or None"));
            }
        };
        Ok(())
    }

    /// Records that the exception passed through the frame running `code`
    /// at instruction `at` (`PyTraceBack_Here`).
    pub fn add_traceback(&self, code: &Rc<Code>, at: usize) {
        let mut tb = self.traceback.borrow_mut();
        let next = tb.take();
        *tb = Some(Rc::new(Traceback {
            code: code.clone(),
            at,
            next,
        }));
    }
}

/// The `OSError` subclass `OSError(errno, ...)` makes for a POSIX errno
/// (PEP 3151), if any.
fn os_error_subclass(errno: i64) -> Option<ExcType> {
    Some(match errno {
        11 | 114 | 115 => ExcType::BlockingIOError,
        10 => ExcType::ChildProcessError,
        32 | 108 => ExcType::BrokenPipeError,
        103 => ExcType::ConnectionAbortedError,
        111 => ExcType::ConnectionRefusedError,
        104 => ExcType::ConnectionResetError,
        17 => ExcType::FileExistsError,
        2 => ExcType::FileNotFoundError,
        21 => ExcType::IsADirectoryError,
        20 => ExcType::NotADirectoryError,
        4 => ExcType::InterruptedError,
        1 | 13 => ExcType::PermissionError,
        3 => ExcType::ProcessLookupError,
        110 => ExcType::TimeoutError,
        _ => return None,
    })
}

/// What `OSError(*args)` (or a subclass's) makes: the class (plain `OSError`
/// with a known errno becomes its subclass), the `args` it keeps (only
/// `(errno, strerror)` once a filename is given) and its `errno`,
/// `strerror`, `filename` and `filename2` when 2 to 5 arguments were given.
pub fn os_error_parts(
    class: Rc<Class>,
    args: Vec<Value>,
) -> (Rc<Class>, Vec<Value>, Option<Box<[Value; 4]>>) {
    if !(2..=5).contains(&args.len()) {
        return (class, args, None);
    }
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::None);
    let fields = [arg(0), arg(1), arg(2), arg(4)];
    let class = match &args[0] {
        Value::Int(n) if Rc::ptr_eq(&class, &ExcType::OSError.class()) => {
            os_error_subclass(*n).map_or(class, ExcType::class)
        }
        _ => class,
    };
    let args = if matches!(fields[2], Value::None) {
        args
    } else {
        args[..2].to_vec()
    };
    (class, args, Some(Box::new(fields)))
}

/// The names of [`os_error_parts`]'s fields.
pub const OS_ERROR_FIELDS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

/// A traceback object (`types.TracebackType`): a frame an exception passed
/// through, where it was in that frame, and the entry of the frame it came
/// from (`tb_next`, nearer to where it was raised).
pub struct Traceback {
    /// The code the frame ran.
    pub code: Rc<Code>,
    /// Index of the instruction the exception was at.
    pub at: usize,
    /// `tb_next`.
    pub next: Option<Rc<Traceback>>,
}

impl Traceback {
    /// `co_filename` of the frame's code.
    pub fn filename(&self) -> &str {
        &self.code.filename
    }
    /// `co_name` of the frame's code (`<module>` for module code).
    pub fn name(&self) -> &str {
        self.code.name.as_str()
    }
    /// Source position of the instruction.
    pub fn pos(&self) -> Pos {
        self.code.positions[self.at]
    }
    /// The entries from this one inwards: outermost frame first.
    pub fn entries(self: &Rc<Self>) -> Vec<Rc<Traceback>> {
        let mut out = vec![self.clone()];
        while let Some(next) = out.last().and_then(|t| t.next.clone()) {
            out.push(next);
        }
        out
    }
    /// `tb_next`, `tb_lineno`, `tb_lasti`.
    pub fn attribute(&self, name: &str) -> Option<Value> {
        Some(match name {
            "tb_next" => self.next.clone().map_or(Value::None, Value::Traceback),
            "tb_lineno" => Value::Int(self.pos().lineno as i64),
            "tb_lasti" => Value::Int(2 * self.at as i64),
            _ => return None,
        })
    }
}

impl fmt::Debug for Traceback {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<traceback {}:{}>", self.filename(), self.pos().lineno)
    }
}

impl fmt::Debug for Exc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.summary())
    }
}

impl Exc {
    /// `exc.add_note(note)`: appends to the `__notes__` list a traceback
    /// prints, making the list when there is none.
    pub fn add_note(&self, note: &str) -> Result<(), Exc> {
        self.add_note_value(Value::str(note))
    }

    /// `__notes__`, if set.
    pub fn notes(&self) -> Option<Value> {
        self.0
            .dict
            .borrow()
            .get(&super::StrKey::new("__notes__"))
            .cloned()
    }

    /// Sets `__notes__`.
    pub fn set_notes(&self, notes: Value) {
        self.0.dict.borrow_mut().insert(notes_key(), notes);
    }

    /// [`Exc::add_note`] with the note as a value (already checked to be a str).
    pub fn add_note_value(&self, note: Value) -> Result<(), Exc> {
        let key = notes_key();
        let mut d = self.0.dict.borrow_mut();
        match d.get(&key) {
            Some(Value::List(l)) => l.borrow_mut().push(note),
            Some(_) => {
                return Err(Exc::type_error("Cannot add note: __notes__ is not a list"));
            }
            None => {
                d.insert(key, Value::list(vec![note]));
            }
        }
        Ok(())
    }

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
        self.0.class.name.borrow().clone()
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

fn notes_key() -> super::HashKey {
    super::HashKey::new(Value::Str(intern("__notes__"))).expect("str is hashable")
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
    BaseExceptionGroup: BaseException,
    ExceptionGroup: BaseExceptionGroup,
}

thread_local! {
    /// The class object of every built-in exception, indexed by `ExcType`.
    static CLASSES: Vec<Rc<Class>> = {
        let mut out: Vec<Rc<Class>> = Vec::with_capacity(ExcType::ALL.len());
        for &t in ExcType::ALL {
            let mut mro = Vec::new();
            let mut bases = Vec::new();
            if let Some(second) = t.second_base() {
                // `ExceptionGroup(BaseExceptionGroup, Exception)`: the one
                // built-in class with two bases; its MRO is their merge.
                let first = out[t.parent() as usize].clone();
                let second = out[second as usize].clone();
                mro.push(Value::Class(first.clone()));
                mro.push(Value::Class(second.clone()));
                mro.extend(second.mro.iter().cloned());
                bases.push(Value::Class(first));
                bases.push(Value::Class(second));
            } else if t != ExcType::BaseException {
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
            if let Some(second) = t.second_base()
                && second.is_subclass(other)
            {
                return true;
            }
            if t == ExcType::BaseException {
                return false;
            }
            t = t.parent();
        }
    }
    /// The base after [`ExcType::parent`] of the one built-in exception
    /// class with two: `ExceptionGroup` also derives from `Exception`.
    pub fn second_base(self) -> Option<ExcType> {
        (self == ExcType::ExceptionGroup).then_some(ExcType::Exception)
    }
    /// Whether its instances are exception groups (`BaseExceptionGroup`).
    pub fn is_group(self) -> bool {
        self.is_subclass(ExcType::BaseExceptionGroup)
    }
    /// The class object.
    pub fn class(self) -> Rc<Class> {
        CLASSES.with(|c| c[self as usize].clone())
    }
}
