//! Exceptions: the built-in hierarchy and the traceback entries an exception
//! collects as it leaves frames.

use std::fmt;

use crate::ast::Pos;

/// A raised exception, boxed so that `Result<_, Exc>` stays one word.
pub struct Exc(pub Box<ExcData>);

/// What an exception carries.
#[derive(Debug)]
pub struct ExcData {
    /// Its class.
    pub ty: ExcType,
    /// `str(exc)`.
    pub msg: String,
    /// Frames it left, innermost first.
    pub traceback: Vec<TbEntry>,
}

/// One frame of a traceback.
#[derive(Debug, Clone)]
pub struct TbEntry {
    /// `co_filename`.
    pub filename: std::rc::Rc<str>,
    /// `co_name` (`<module>` for module code).
    pub name: String,
    /// Position of the instruction that raised.
    pub pos: Pos,
}

impl fmt::Debug for Exc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.0.ty.name(), self.0.msg)
    }
}

impl Exc {
    /// A new exception of class `ty` with message `msg`.
    pub fn new(ty: ExcType, msg: impl Into<String>) -> Exc {
        Exc(Box::new(ExcData {
            ty,
            msg: msg.into(),
            traceback: Vec::new(),
        }))
    }
    /// Its class.
    pub fn ty(&self) -> ExcType {
        self.0.ty
    }
    /// `TypeError(msg)`.
    pub fn type_error(msg: impl Into<String>) -> Exc {
        Exc::new(ExcType::TypeError, msg)
    }
    /// `ValueError(msg)`.
    pub fn value_error(msg: impl Into<String>) -> Exc {
        Exc::new(ExcType::ValueError, msg)
    }
    /// The last line of a traceback: `ZeroDivisionError: division by zero`.
    pub fn summary(&self) -> String {
        if self.0.msg.is_empty() {
            self.0.ty.name().to_string()
        } else {
            format!("{}: {}", self.0.ty.name(), self.0.msg)
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
            /// Every built-in exception class.
            pub const ALL: &'static [ExcType] = &[ExcType::BaseException, $( ExcType::$name, )*];
        }
    };
}

exc_types! {
    Exception: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    ArithmeticError: Exception,
    ZeroDivisionError: ArithmeticError,
    OverflowError: ArithmeticError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    NameError: Exception,
    UnboundLocalError: NameError,
    TypeError: Exception,
    ValueError: Exception,
    AttributeError: Exception,
    RuntimeError: Exception,
    RecursionError: RuntimeError,
    NotImplementedError: RuntimeError,
    StopIteration: Exception,
    AssertionError: Exception,
    MemoryError: Exception,
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
}
