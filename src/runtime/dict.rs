//! `dict`: an insertion-ordered hash map keyed by Python equality and hashing.

use std::cell::Cell;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use indexmap::{Equivalent, IndexMap};

use super::{Exc, PyStr, Value, py_eq_hashable, py_hash};

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

/// A borrowed `str` key for lookups by name (globals, builtins) without building
/// a [`HashKey`]: no reference-count traffic on the hot path.
pub struct NameKey<'a>(pub &'a PyStr);

impl Hash for NameKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Must agree with `py_hash` of the same `str` value.
        state.write_i64(self.0.hash());
    }
}

impl Equivalent<HashKey> for NameKey<'_> {
    fn equivalent(&self, key: &HashKey) -> bool {
        match &key.value {
            Value::Str(s) => std::ptr::eq(&**s, self.0) || s.as_str() == self.0.as_str(),
            _ => false,
        }
    }
}

/// A `str` key given as Rust text (a special-method name): hashed as the
/// equal `str` value is, without allocating one.
pub struct StrKey<'a>(&'a str, i64);

impl<'a> StrKey<'a> {
    /// The key for `s`.
    pub fn new(s: &'a str) -> StrKey<'a> {
        StrKey(s, super::hash::str_hash(s))
    }
}

impl Hash for StrKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.1);
    }
}

impl Equivalent<HashKey> for StrKey<'_> {
    fn equivalent(&self, key: &HashKey) -> bool {
        matches!(&key.value, Value::Str(s) if s.as_str() == self.0)
    }
}

/// Hashes a [`HashKey`]: the key already carries its Python hash, so this only
/// spreads its bits (a multiplicative mix) instead of running SipHash again.
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_usize(&mut self, i: usize) {
        self.write_i64(i as i64);
    }
    fn write_i64(&mut self, i: i64) {
        self.0 = (i as u64 ^ (i as u64 >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// The storage of a `dict`.
pub type Dict = IndexMap<HashKey, Value, std::hash::BuildHasherDefault<KeyHasher>>;

/// The index of the name `name` in `dict`, trying the entry at `*hint` first
/// (a per-instruction guess, like the index CPython's `LOAD_GLOBAL` and
/// `LOAD_ATTR` caches keep): names in code objects are interned, so the guess
/// is checked by comparing pointers, without hashing. A miss looks the name up
/// by hash and moves the hint to where it was found.
fn hinted_index(dict: &Dict, name: &Rc<PyStr>, hint: &Cell<u32>) -> Option<usize> {
    let guess = hint.get() as usize;
    if let Some((key, _)) = dict.get_index(guess)
        && let Value::Str(s) = &key.value
        && Rc::ptr_eq(s, name)
    {
        return Some(guess);
    }
    let i = dict.get_index_of(&NameKey(name))?;
    hint.set(i as u32);
    Some(i)
}

/// The value of the name `name` in `dict`; see [`hinted_index`].
pub fn get_hinted<'a>(dict: &'a Dict, name: &Rc<PyStr>, hint: &Cell<u32>) -> Option<&'a Value> {
    let i = hinted_index(dict, name, hint)?;
    dict.get_index(i).map(|(_, v)| v)
}

/// [`get_hinted`] for a store: the slot of `name`, if `dict` has it.
pub fn get_hinted_mut<'a>(
    dict: &'a mut Dict,
    name: &Rc<PyStr>,
    hint: &Cell<u32>,
) -> Option<&'a mut Value> {
    let i = hinted_index(dict, name, hint)?;
    dict.get_index_mut(i).map(|(_, v)| v)
}
