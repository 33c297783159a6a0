//! `dict`: an insertion-ordered hash map keyed by Python equality and hashing.

use std::hash::{Hash, Hasher};

use indexmap::IndexMap;

use super::{Exc, Value, py_eq_hashable, py_hash};

/// A hashable value used as a dict key: hashing and equality are Python's
/// (`1`, `1.0` and `True` are the same key).
#[derive(Clone, Debug)]
pub struct HashKey {
    value: Value,
    hash: i64,
}

impl HashKey {
    /// Wraps `value`; `TypeError: unhashable type` for lists, dicts, ...
    pub fn new(value: Value) -> Result<HashKey, Exc> {
        let hash = py_hash(&value)?;
        Ok(HashKey { value, hash })
    }
    /// The key's value.
    pub fn value(&self) -> &Value {
        &self.value
    }
}

impl Hash for HashKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for HashKey {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && py_eq_hashable(&self.value, &other.value)
    }
}

impl Eq for HashKey {}

/// The storage of a `dict`.
pub type Dict = IndexMap<HashKey, Value>;
