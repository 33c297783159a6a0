//! Python's `repr` of primitive values — one implementation shared by `ast.dump`
//! output and the runtime (CPython's `floatobject.c`/`unicodeobject.c` repr rules).

use crate::ast::Constant;
use crate::text::Times;

/// `repr(s)` for a `str`: single quotes unless the text has `'` and no `"`.
pub fn str_repr(s: &str) -> String {
    code_points_repr(s.chars().map(|c| c as u32))
}

/// `repr()` of a str given as code points (lone surrogates included).
pub fn code_points_repr<I: Iterator<Item = u32> + Clone>(cps: I) -> String {
    let (single, double) = cps.clone().fold((false, false), |(s, d), c| {
        (s || c == '\'' as u32, d || c == '"' as u32)
    });
    let quote = if single && !double { '"' } else { '\'' };
    let mut out = String::with_capacity(cps.size_hint().0 + 2);
    out.push(quote);
    for n in cps {
        match char::from_u32(n) {
            Some('\\') => out.push_str("\\\\"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some('\t') => out.push_str("\\t"),
            Some(c) if c == quote => {
                out.push('\\');
                out.push(c);
            }
            Some(c) if is_printable(c) => out.push(c),
            _ => {
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// Whether `repr()` shows `c` as itself: `str.isprintable()` of CPython 3.13.
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    let table = crate::unicode_tables::NON_PRINTABLE;
    let i = table.partition_point(|&(_, hi)| hi < n);
    !(i < table.len() && table[i].0 <= n)
}

/// `ascii(x)` from `repr(x)`: every non-ASCII character escaped.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// `repr(b)` for `bytes`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `repr(x)` for a `float`: the shortest string that round-trips, in fixed
/// notation when the decimal exponent is in `-4..16`, else `1e+16` style.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Rust's `{:e}` prints the shortest round-trip digits: "1.2345e-7".
    let sci = format!("{:e}", x);
    let (mantissa, exp) = sci.split_once('e').expect("{:e} has an exponent");
    let exp: i32 = exp.parse().expect("exponent is an integer");
    let (neg, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let digits = even_tie(x.abs(), digits, exp);
    let decpt = exp + 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if !(-4 < decpt && decpt <= 16) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&format!(
            "e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        ));
    } else if decpt <= 0 {
        out.push_str("0.");
        out.push_str(&"0".times((-decpt) as usize));
        out.push_str(&digits);
    } else {
        let d = decpt as usize;
        if digits.len() <= d {
            out.push_str(&digits);
            out.push_str(&"0".times(d - digits.len()));
            out.push_str(".0");
        } else {
            out.push_str(&digits[..d]);
            out.push('.');
            out.push_str(&digits[d..]);
        }
    }
    out
}

/// `repr(complex(0, imag))` for an imaginary literal: `2j`, `1.5j`, `1e+16j`.
pub fn imag_repr(imag: f64) -> String {
    let r = float_repr(imag);
    let r = r.strip_suffix(".0").unwrap_or(&r);
    format!("{r}j")
}

/// Rust prints the shortest digits that round-trip, but when `x` lies exactly
/// halfway between two such strings it takes the upper one; CPython (David
/// Gay's `dtoa`) takes the one with an even last digit. `digits` are the
/// significant digits of `x` (positive), the first at `10^exp`.
fn even_tie(x: f64, digits: String, exp: i32) -> String {
    use num_bigint::BigInt;
    let last = digits.as_bytes()[digits.len() - 1] - b'0';
    if last.is_multiple_of(2) {
        return digits;
    }
    // The exact decimal value of `x`: `exact * 10^-scale`.
    let bits = x.to_bits();
    let (mant, e2) = match ((bits >> 52) & 0x7ff) as i32 {
        0 => (bits & ((1 << 52) - 1), -1074),
        e => ((bits & ((1 << 52) - 1)) | (1 << 52), e - 1075),
    };
    let (exact, scale) = if e2 >= 0 {
        (BigInt::from(mant) << e2 as usize, 0)
    } else {
        (BigInt::from(mant) * BigInt::from(5).pow((-e2) as u32), -e2)
    };
    let exact = exact.to_string();
    let exact_exp = exact.len() as i32 - 1 - scale;
    // A tie: the exact value has one digit more than `digits`, and it is a 5.
    let exact = exact.trim_end_matches('0');
    if exact.len() != digits.len() + 1 || !exact.ends_with('5') || exact_exp != exp {
        return digits;
    }
    let d: BigInt = digits.parse().expect("digits");
    let lower: BigInt = exact[..exact.len() - 1].parse().expect("digits");
    let other: BigInt = if d == lower { d + 1 } else { d - 1 };
    let other = other.to_string();
    if other.len() != digits.len() {
        return digits;
    }
    let text = format!("{}.{}e{exp}", &other[..1], &other[1..]);
    if text.parse::<f64>() == Ok(x) {
        other
    } else {
        digits
    }
}

/// `repr` of a literal as `ast.dump` shows `Constant.value`.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex(f) => imag_repr(*f),
        Constant::Str(s) => str_repr(s),
        Constant::SurrogateStr(cps) => code_points_repr(cps.iter().copied()),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Ellipsis => "Ellipsis".into(),
    }
}

/// Digits after the point past which every finite `f64` prints zeros (its exact
/// decimal expansion ends within 1074 of them).
const EXACT_DIGITS: usize = 1100;

/// `format!("{a:.p$}")` for any precision (Rust's precision stops at 65535):
/// the digits past those an `f64` can have are zeros.
pub fn float_fixed(a: f64, p: usize) -> String {
    let q = p.min(EXACT_DIGITS);
    let mut s = format!("{a:.q$}");
    if a.is_finite() && p > q {
        s.extend(std::iter::repeat_n('0', p - q));
    }
    s
}

/// `format!("{a:.p$e}")` for any precision: zeros past an `f64`'s digits.
pub fn float_sci(a: f64, p: usize) -> String {
    let q = p.min(EXACT_DIGITS);
    let s = format!("{a:.q$e}");
    match s.split_once('e') {
        Some((m, e)) if a.is_finite() && p > q => {
            let mut out = m.to_string();
            out.extend(std::iter::repeat_n('0', p - q));
            out.push('e');
            out.push_str(e);
            out
        }
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_like_cpython() {
        for (x, s) in [
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1.5e-7, "1.5e-07"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-2.5, "-2.5"),
            (123456789.125, "123456789.125"),
            // Halfway between two shortest strings: the even one, as CPython.
            (99.998_809_814_453_12, "99.99880981445312"),
            (1e300 * 10.0, "1e+301"),
        ] {
            assert_eq!(float_repr(x), s);
        }
    }

    #[test]
    fn strings_like_cpython() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr("\u{e9}\n\x01"), "'\u{e9}\\n\\x01'");
    }
}
