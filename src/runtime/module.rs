//! Module objects — CPython's `Objects/moduleobject.c`: a name and a namespace.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Dict, HashKey, PyStr, Value, intern};

/// A module: `__name__` and the namespace its code ran in.
pub struct Module {
    /// `__name__`.
    pub name: Rc<PyStr>,
    /// The module's globals (`__dict__`).
    pub dict: Rc<RefCell<Dict>>,
    /// The file it was loaded from, or `None` for a built-in module.
    pub file: Option<String>,
}

impl Module {
    /// A module with an empty namespace holding only `__name__` (and
    /// `__file__` for a file).
    pub fn new(name: &str, file: Option<String>) -> Module {
        let mut d = Dict::default();
        let set = |d: &mut Dict, k: &str, v: Value| {
            d.insert(
                HashKey::new(Value::Str(intern(k))).expect("str is hashable"),
                v,
            );
        };
        set(&mut d, "__name__", Value::str(name));
        set(&mut d, "__doc__", Value::None);
        if let Some(f) = &file {
            set(&mut d, "__file__", Value::str(f));
        }
        Module {
            name: intern(name),
            dict: Rc::new(RefCell::new(d)),
            file,
        }
    }

    /// Sets a name in the namespace.
    pub fn set(&self, name: &str, v: Value) {
        self.dict.borrow_mut().insert(
            HashKey::new(Value::Str(intern(name))).expect("str is hashable"),
            v,
        );
    }
}
