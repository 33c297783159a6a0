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
