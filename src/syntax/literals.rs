//! Number and string literals: the values behind `Constant` nodes
//! (CPython's `Parser/string_parser.c` and the number parsing in `pegen.c`).

use num_bigint::BigInt;
use num_traits::Num;

use crate::ast::Constant;

/// Parses a number token (`0x_1F`, `1_000`, `1.5e-3`, `2j`).
pub fn number(text: &str) -> Result<Constant, String> {
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if let Some(imag) = lower.strip_suffix('j') {
        return imag
            .parse::<f64>()
            .map(Constant::Complex)
            .map_err(|e| e.to_string());
    }
    let radix =
        |p: &str, r: u32| BigInt::from_str_radix(&lower[p.len()..], r).map_err(|e| e.to_string());
    if lower.starts_with("0x") {
        return radix("0x", 16).map(Constant::Int);
    }
    if lower.starts_with("0o") {
        return radix("0o", 8).map(Constant::Int);
    }
    if lower.starts_with("0b") {
        return radix("0b", 2).map(Constant::Int);
    }
    if lower.contains(['.', 'e']) {
        return lower
            .parse::<f64>()
            .map(Constant::Float)
            .map_err(|e| e.to_string());
    }
    if lower.len() > 1 && lower.starts_with('0') && lower.bytes().any(|b| b != b'0') {
        return Err("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into());
    }
    BigInt::from_str_radix(&lower, 10)
        .map(Constant::Int)
        .map_err(|e| e.to_string())
}

/// Decoded `str` text: UTF-8 as long as no lone surrogate appears (`'\ud800'`),
/// code points from then on, since a Rust `String` cannot hold surrogates.
#[derive(Debug, Clone)]
pub enum Text {
    /// Text without lone surrogates.
    Utf8(String),
    /// Text with lone surrogates, as code points.
    Wide(Vec<u32>),
}

impl Default for Text {
    fn default() -> Self {
        Text::Utf8(String::new())
    }
}

impl Text {
    /// Appends one code point.
    pub fn push(&mut self, cp: u32) {
        match self {
            Text::Utf8(s) => match char::from_u32(cp) {
                Some(c) => s.push(c),
                None => {
                    let mut wide: Vec<u32> = s.chars().map(|c| c as u32).collect();
                    wide.push(cp);
                    *self = Text::Wide(wide);
                }
            },
            Text::Wide(v) => v.push(cp),
        }
    }

    /// Appends other text.
    pub fn append(&mut self, other: Text) {
        match (&mut *self, other) {
            (Text::Utf8(a), Text::Utf8(b)) => a.push_str(&b),
            (Text::Wide(a), Text::Utf8(b)) => a.extend(b.chars().map(|c| c as u32)),
            (_, Text::Wide(b)) => b.into_iter().for_each(|c| self.push(c)),
        }
    }

    /// Whether there is no text.
    pub fn is_empty(&self) -> bool {
        match self {
            Text::Utf8(s) => s.is_empty(),
            Text::Wide(v) => v.is_empty(),
        }
    }

    /// The `Constant` holding this text.
    pub fn into_constant(self) -> Constant {
        match self {
            Text::Utf8(s) => Constant::Str(s),
            Text::Wide(v) => Constant::SurrogateStr(v),
        }
    }
}

/// A decoded string piece: text or bytes.
pub enum Piece {
    /// From a `str` literal.
    Str(Text),
    /// From a `bytes` literal.
    Bytes(Vec<u8>),
}

/// Decodes one string token (prefix, quotes and escapes). `Err` carries CPython's
/// message; CPython reports it at the start of the token.
pub fn string(token: &str) -> Result<Piece, String> {
    let prefix_len = token.find(['\'', '"']).expect("a string token has a quote");
    let prefix = token[..prefix_len].to_ascii_lowercase();
    let body = &token[prefix_len..];
    let q = if body.starts_with("\"\"\"") || body.starts_with("'''") {
        3
    } else {
        1
    };
    let inner = &body[q..body.len() - q];
    let raw = prefix.contains('r');
    let is_bytes = prefix.contains('b');
    if prefix.contains('f') {
        return Err("f-strings are not supported yet".into());
    }
    if is_bytes {
        if inner.contains(|c: char| !c.is_ascii()) {
            return Err("bytes can only contain ASCII literal characters".into());
        }
        if raw {
            return Ok(Piece::Bytes(inner.as_bytes().to_vec()));
        }
        let out = std::cell::RefCell::new(Vec::with_capacity(inner.len()));
        unescape(
            inner,
            true,
            &mut |c| out.borrow_mut().push(c as u8),
            &mut |b| out.borrow_mut().push(b),
        )?;
        return Ok(Piece::Bytes(out.into_inner()));
    }
    if raw {
        return Ok(Piece::Str(Text::Utf8(inner.replace("\r\n", "\n"))));
    }
    if !inner.contains(['\\', '\r']) {
        return Ok(Piece::Str(Text::Utf8(inner.to_string())));
    }
    let mut out = Text::Utf8(String::with_capacity(inner.len()));
    // Byte escapes only occur in bytes literals; `\xhh` in a str is a character.
    unescape(inner, false, &mut |c| out.push(c), &mut |_| {})?;
    Ok(Piece::Str(out))
}

/// Decodes the literal text of an f-string (between replacement fields):
/// doubled braces stand for one, and escapes are resolved unless `raw`.
pub fn fstring_text(text: &str, raw: bool) -> Result<Text, String> {
    let text = text.replace("{{", "{").replace("}}", "}");
    if raw {
        return Ok(Text::Utf8(text.replace("\r\n", "\n")));
    }
    let mut out = Text::Utf8(String::with_capacity(text.len()));
    unescape(&text, false, &mut |c| out.push(c), &mut |_| {})?;
    Ok(out)
}

/// The position CPython's escape decoder reports for byte `i` of a `str`
/// literal's body: it sees each non-ASCII character as a ten-character
/// `\UXXXXXXXX` escape.
fn decoder_position(s: &str, i: usize) -> usize {
    s[..i]
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 10 })
        .sum()
}

/// Resolves backslash escapes; `on_cp` receives code points (lone surrogates included), `on_byte` raw byte
/// values from `\xhh`/octal escapes in bytes literals.
fn unescape(
    s: &str,
    bytes: bool,
    on_cp: &mut dyn FnMut(u32),
    on_byte: &mut dyn FnMut(u8),
) -> Result<(), String> {
    let mut chars = s.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let i = if bytes { at } else { decoder_position(s, at) };
        if c == '\r' {
            // Universal newlines inside literals.
            if chars.peek().map(|x| x.1) == Some('\n') {
                chars.next();
            }
            on_cp(u32::from('\n'));
            continue;
        }
        if c != '\\' {
            on_cp(u32::from(c));
            continue;
        }
        let Some((_, e)) = chars.next() else {
            on_cp(u32::from('\\'));
            break;
        };
        let mut hex = |n: usize, what: &str| -> Result<u32, String> {
            let mut v = 0u32;
            for k in 0..n {
                match chars.peek() {
                    Some(&(_, h)) if h.is_ascii_hexdigit() => {
                        v = v * 16 + h.to_digit(16).expect("hex digit");
                        chars.next();
                    }
                    _ => {
                        return Err(if bytes {
                            format!("(value error) invalid \\x escape at position {i}")
                        } else {
                            // The range ends at the last character of the escape.
                            format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{}: truncated {what} escape",
                                i + 1 + k
                            )
                        });
                    }
                }
            }
            Ok(v)
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|x| x.1) == Some('\n') {
                    chars.next();
                }
            }
            '\\' => on_cp(u32::from('\\')),
            '\'' => on_cp(u32::from('\'')),
            '"' => on_cp(u32::from('"')),
            'a' => on_cp(u32::from('\x07')),
            'b' => on_cp(u32::from('\x08')),
            'f' => on_cp(u32::from('\x0c')),
            'n' => on_cp(u32::from('\n')),
            'r' => on_cp(u32::from('\r')),
            't' => on_cp(u32::from('\t')),
            'v' => on_cp(u32::from('\x0b')),
            '0'..='7' => {
                let mut v = e.to_digit(8).expect("octal digit");
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d)) if ('0'..='7').contains(&d) => {
                            v = v * 8 + d.to_digit(8).expect("octal digit");
                            chars.next();
                        }
                        _ => break,
                    }
                }
                if bytes {
                    on_byte((v & 0xff) as u8);
                } else {
                    on_cp(v);
                }
            }
            'x' => {
                let v = hex(2, "\\xXX")?;
                if bytes {
                    on_byte(v as u8);
                } else {
                    on_cp(v);
                }
            }
            'u' if !bytes => {
                let v = hex(4, "\\uXXXX")?;
                on_cp(v);
            }
            'U' if !bytes => {
                let v = hex(8, "\\UXXXXXXXX")?;
                match v {
                    0..=0x10ffff => on_cp(v),
                    _ => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{}: illegal Unicode character",
                            i + 9
                        ));
                    }
                }
            }
            'N' if !bytes => {
                // `\N{NAME}`: a character by its Unicode name (or alias).
                let rest = &s[at + 2..];
                let close = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|e| e + 1));
                let Some(close) = close.filter(|&e| e > 1) else {
                    let end = i + 2 + rest.len().min(1);
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{}: malformed \\N character escape",
                        end - 1
                    ));
                };
                let name = &rest[1..close];
                let Some(c) = unicode_names2::character(name) else {
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{}: unknown Unicode character name",
                        i + 2 + close
                    ));
                };
                on_cp(u32::from(c));
                for _ in 0..=close {
                    chars.next();
                }
            }
            other => {
                on_cp(u32::from('\\'));
                on_cp(u32::from(other));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number("0x_ff").unwrap(), Constant::Int(255.into()));
        assert_eq!(number("1_000").unwrap(), Constant::Int(1000.into()));
        assert_eq!(number("1.5e3").unwrap(), Constant::Float(1500.0));
        assert_eq!(number("2j").unwrap(), Constant::Complex(2.0));
        assert!(number("012").is_err());
        assert_eq!(number("000").unwrap(), Constant::Int(0.into()));
    }

    #[test]
    fn escapes() {
        let Piece::Str(Text::Utf8(s)) = string(r"'a\tb\x41\u00e9\101\q'").ok().unwrap() else {
            panic!()
        };
        assert_eq!(s, "a\tbA\u{e9}A\\q");
        let Piece::Str(Text::Wide(w)) = string(r"'a\ud800'").ok().unwrap() else {
            panic!()
        };
        assert_eq!(w, [0x61, 0xd800]);
        let Piece::Bytes(b) = string(r"b'\xff\n'").ok().unwrap() else {
            panic!()
        };
        assert_eq!(b, vec![0xff, b'\n']);
    }
}
