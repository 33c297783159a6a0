//! The object model: values, strings, containers, exceptions and the operations on
//! them (CPython's `Objects/`). Small ints, floats, bools and `None` are immediate
//! [`Value`] variants; everything else is reference counted (`Rc`), so memory is
//! freed when the last reference goes, as in CPython.

pub mod builtins;
mod dict;
mod exc;
pub mod exc_group;
mod format;
pub mod function;
pub mod gc;
mod hash;
mod module;
pub mod object;
mod ops;
mod set;
pub mod slots;
mod value;

pub use dict::{Dict, HashKey, KeyHasher, NameKey, StrKey, get_hinted, get_hinted_mut};
pub use exc::{Exc, ExcState, ExcType, Traceback};
pub use format::format_value;
pub use module::Module;
pub use ops::*;
pub use set::PySet;
pub use value::*;
