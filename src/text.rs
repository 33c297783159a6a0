//! Small text helpers shared across the crate.

/// `s * n` for text and bytes: the value written `n` times over.
pub trait Times {
    /// The owned result type.
    type Output;
    /// `self` concatenated `n` times.
    fn times(&self, n: usize) -> Self::Output;
}

impl Times for str {
    type Output = String;
    fn times(&self, n: usize) -> String {
        let mut out = String::with_capacity(self.len() * n);
        for _ in 0..n {
            out.push_str(self);
        }
        out
    }
}

impl Times for [u8] {
    type Output = Vec<u8>;
    fn times(&self, n: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.len() * n);
        for _ in 0..n {
            out.extend_from_slice(self);
        }
        out
    }
}

/// A private name (`__spam`, no trailing `__`) as code in the class `owner`
/// spells it: `_Owner__spam`, with the class name's leading underscores
/// dropped (CPython's `_Py_Mangle`). Other names, dotted module names, and
/// names outside any class (`owner` is `None`) are unchanged; applying it
/// twice changes nothing more.
pub fn mangle<'n>(owner: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    use std::borrow::Cow;
    let Some(owner) = owner.map(|o| o.trim_start_matches('_')) else {
        return Cow::Borrowed(name);
    };
    if owner.is_empty() || !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{owner}{name}"))
}
