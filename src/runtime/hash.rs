//! CPython's hash functions for `str`, `bytes` and tuples (`Python/pyhash.c`,
//! `Objects/tupleobject.c`).
//!
//! The values are CPython's with hash randomization off (`PYTHONHASHSEED=0`):
//! SipHash-1-3 with a zero key over a string's PEP 393 representation. They
//! decide the order of sets and of a set's repr, so a program printing a set
//! of strings shows it in CPython's order.

/// One SipHash round.
#[inline(always)]
fn round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[2] = v[2].wrapping_add(v[3]);
    v[1] = v[1].rotate_left(13) ^ v[0];
    v[3] = v[3].rotate_left(16) ^ v[2];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[1]);
    v[0] = v[0].wrapping_add(v[3]);
    v[1] = v[1].rotate_left(17) ^ v[2];
    v[3] = v[3].rotate_left(21) ^ v[0];
    v[2] = v[2].rotate_left(32);
}

/// SipHash-1-3 of `data` with a zero key.
fn siphash13(data: &[u8]) -> u64 {
    let mut v = [
        0x736f_6d65_7073_6575u64,
        0x646f_7261_6e64_6f6d,
        0x6c79_6765_6e65_7261,
        0x7465_6462_7974_6573,
    ];
    let mut words = data.chunks_exact(8);
    for w in &mut words {
        let m = u64::from_le_bytes(w.try_into().expect("8 bytes"));
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    let mut b = (data.len() as u64) << 56;
    for (i, &x) in words.remainder().iter().enumerate() {
        b |= (x as u64) << (8 * i);
    }
    v[3] ^= b;
    round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    round(&mut v);
    round(&mut v);
    round(&mut v);
    (v[0] ^ v[1]) ^ (v[2] ^ v[3])
}

/// `-1` is not a hash (it means "error" in CPython's C API).
fn not_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(b)` of a `bytes`.
pub fn bytes_hash(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    not_minus_one(siphash13(b) as i64)
}

/// `hash(s)` of a `str`: SipHash over the string stored as CPython stores
/// it — one byte per character when all are below 256, two (little-endian)
/// when all are below 65536, else four.
pub fn str_hash(s: &str) -> i64 {
    if s.is_ascii() {
        return bytes_hash(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let width = if max < 0x100 {
        1
    } else if max < 0x1_0000 {
        2
    } else {
        4
    };
    let mut data = Vec::with_capacity(s.len() * width);
    for c in s.chars() {
        data.extend_from_slice(&(c as u32).to_le_bytes()[..width]);
    }
    bytes_hash(&data)
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// The xxHash-style combination of item hashes CPython's tuples and slices
/// use; `with_len` adds the length, as a tuple's hash does. The item hashes
/// may fail (an unhashable item): the first error is returned.
pub fn combine<E>(
    hashes: impl IntoIterator<Item = Result<i64, E>>,
    with_len: Option<usize>,
) -> Result<i64, E> {
    let mut acc = XXPRIME_5;
    for h in hashes {
        acc = acc.wrapping_add((h? as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    if let Some(n) = with_len {
        acc = acc.wrapping_add(n as u64 ^ (XXPRIME_5 ^ 3_527_539));
    }
    Ok(if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    })
}

/// `hash(None)`: a constant since CPython 3.12.
pub const NONE_HASH: i64 = 0xFCA8_6420;
