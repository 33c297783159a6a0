//! `str % args`, printf-style formatting (CPython's `PyUnicode_Format`).

use num_bigint::BigInt;

use super::*;
use crate::pyrepr;
use crate::runtime::format::{general, sci};
use crate::text::Times;

/// `fmt % args` for `str` (printf-style formatting): `%(key)` mapping keys,
/// flags `#0- +`, `*` or literal width and precision, and the conversions
/// `d i u o x X e E f F g G c s r a %`.
pub fn percent_format(fmt: &str, args: &Value) -> R<Value> {
    let mapping = match args {
        Value::Dict(d) => Some(d.clone()),
        _ => None,
    };
    let items: Vec<Value> = match args {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let mut next_item = 0usize;
    let mut take = |what: &str| -> R<Value> {
        let v = items
            .get(next_item)
            .cloned()
            .ok_or_else(|| Exc::type_error(format!("not enough arguments for {what}")))?;
        next_item += 1;
        Ok(v)
    };
    let mut used_mapping = false;
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let incomplete = || Exc::value_error("incomplete format");
        // `%(key)`: the argument is looked up in a mapping.
        let mut keyed: Option<Value> = None;
        if chars.get(i) == Some(&'(') {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(Exc::value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            let Some(map) = &mapping else {
                return Err(Exc::type_error("format requires a mapping"));
            };
            let k = HashKey::new(Value::str(&key))?;
            let v = map
                .borrow()
                .get(&k)
                .cloned()
                .ok_or_else(|| Exc::with_args(ExcType::KeyError, vec![Value::str(&key)]))?;
            keyed = Some(v);
            used_mapping = true;
        }
        let mut flags = String::new();
        while let Some(&f) = chars.get(i).filter(|f| "-+ #0".contains(**f)) {
            flags.push(f);
            i += 1;
        }
        let number = |i: &mut usize, take: &mut dyn FnMut(&str) -> R<Value>| -> R<Option<i64>> {
            if chars.get(*i) == Some(&'*') {
                *i += 1;
                return match take("format string")? {
                    Value::Int(n) => Ok(Some(n)),
                    _ => Err(Exc::type_error("* wants int")),
                };
            }
            let start = *i;
            while chars.get(*i).is_some_and(|d| d.is_ascii_digit()) {
                *i += 1;
            }
            let digits: String = chars[start..*i].iter().collect();
            Ok(if digits.is_empty() {
                None
            } else {
                Some(digits.parse().unwrap_or(i64::MAX))
            })
        };
        let mut width = number(&mut i, &mut take)?;
        if width.is_some_and(|w| w.unsigned_abs() as usize > crate::runtime::MAX_RESULT_ITEMS) {
            return Err(Exc::new(ExcType::MemoryError, ""));
        }
        if width.is_some_and(|w| w < 0) {
            flags.push('-');
            width = width.map(|w| -w);
        }
        let mut prec = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            let p = number(&mut i, &mut take)?.unwrap_or(0).max(0);
            if p > i32::MAX as i64 {
                return Err(Exc::value_error("precision too big"));
            }
            prec = Some(p as usize);
        }
        while chars.get(i).is_some_and(|l| "hlL".contains(*l)) {
            i += 1;
        }
        let conv = *chars.get(i).ok_or_else(incomplete)?;
        i += 1;
        // A bare `%%` is a literal percent sign; with flags, a width or a
        // precision it is a conversion like any other (and an unsupported one).
        if conv == '%' && flags.is_empty() && width.is_none() && prec.is_none() && keyed.is_none() {
            out.push('%');
            continue;
        }
        let arg = match keyed {
            Some(v) => v,
            None => take("format string")?,
        };
        let mut body = format_one(conv, &arg, &flags, prec, i - 1)?;
        let numeric = "diouxXeEfFgG".contains(conv);
        let w = width.unwrap_or(0).max(0) as usize;
        let len = body.chars().count();
        if len < w {
            let pad = w - len;
            if flags.contains('-') {
                body.push_str(&" ".times(pad));
            } else if flags.contains('0')
                && numeric
                // Infinities and NaNs are padded with spaces.
                && !("eEfFgG".contains(conv)
                    && ["inf", "nan"].iter().any(|w| body.to_ascii_lowercase().ends_with(w)))
            {
                let sign = usize::from(body.starts_with(['-', '+', ' ']));
                let prefix = sign
                    + if body[sign..].starts_with(['0'])
                        && body[sign..].len() > 1
                        && body[sign + 1..].starts_with(['x', 'X', 'o'])
                    {
                        2
                    } else {
                        0
                    };
                body.insert_str(prefix, &"0".times(pad));
            } else {
                body.insert_str(0, &" ".times(pad));
            }
        }
        out.push_str(&body);
    }
    if next_item < items.len() && !used_mapping && mapping.is_none() {
        return Err(Exc::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(Value::str(&out))
}

/// One `%` conversion, before padding to the width.
pub(super) fn format_one(
    conv: char,
    arg: &Value,
    flags: &str,
    prec: Option<usize>,
    at: usize,
) -> R<String> {
    let sign = |s: String, negative: bool| -> String {
        if negative {
            s
        } else if flags.contains('+') {
            format!("+{s}")
        } else if flags.contains(' ') {
            format!(" {s}")
        } else {
            s
        }
    };
    let real = || super::types::real_arg(arg);
    Ok(match conv {
        's' => {
            let s = to_str(arg)?;
            match prec {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            }
        }
        'r' | 'a' => {
            let s = repr(arg)?;
            let s = if conv == 'a' {
                pyrepr::ascii_escape(&s)
            } else {
                s
            };
            match prec {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            }
        }
        'c' => match arg {
            Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
            Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(c) => c.to_string(),
                None => {
                    return Err(Exc::new(
                        ExcType::OverflowError,
                        "%c arg not in range(0x110000)",
                    ));
                }
            },
            Value::BigInt(_) => {
                return Err(Exc::new(
                    ExcType::OverflowError,
                    "%c arg not in range(0x110000)",
                ));
            }
            _ => return Err(Exc::type_error("%c requires int or char")),
        },
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let value = match (conv, arg) {
                (_, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
                    as_bigint(arg).expect("an int")
                }
                // An object converts as `int()` does for %d (`__int__`, then
                // `__index__`), with `__index__` for the other bases.
                ('d' | 'i' | 'u', Value::Instance(_))
                    if crate::runtime::object::special(arg, "__int__").is_some()
                        || crate::runtime::object::special(arg, "__index__").is_some() =>
                {
                    as_bigint(&to_int(arg)?).expect("int() makes an int")
                }
                (_, Value::Instance(_)) if index_int(arg).is_some() => {
                    as_bigint(&index_int(arg).expect("checked")?).expect("an int")
                }
                ('d' | 'i' | 'u', Value::Float(f)) => match to_int(&Value::Float(*f))? {
                    v @ (Value::Int(_) | Value::BigInt(_)) => as_bigint(&v).expect("an int"),
                    _ => unreachable!("int() of a float is an int"),
                },
                ('d' | 'i' | 'u', o) => {
                    return Err(Exc::type_error(format!(
                        "%{conv} format: a real number is required, not {}",
                        o.type_name()
                    )));
                }
                (_, o) => {
                    return Err(Exc::type_error(format!(
                        "%{conv} format: an integer is required, not {}",
                        o.type_name()
                    )));
                }
            };
            let negative = value < BigInt::from(0);
            let radix = match conv {
                'o' => 8,
                'x' | 'X' => 16,
                _ => 10,
            };
            let mut digits = value.magnitude().to_str_radix(radix);
            if conv == 'X' {
                digits = digits.to_uppercase();
            }
            if let Some(p) = prec
                && digits.len() < p
            {
                digits = "0".times(p - digits.len()) + &digits;
            }
            if flags.contains('#') && radix != 10 {
                let prefix = match conv {
                    'o' => "0o",
                    'x' => "0x",
                    _ => "0X",
                };
                digits = format!("{prefix}{digits}");
            }
            sign(
                if negative {
                    format!("-{digits}")
                } else {
                    digits
                },
                negative,
            )
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = real()?;
            let upper = conv.is_ascii_uppercase();
            let p = prec.unwrap_or(6);
            let body = if !x.is_finite() {
                let s = if x.is_nan() { "nan" } else { "inf" };
                if upper {
                    s.to_uppercase()
                } else {
                    s.to_string()
                }
            } else {
                let s = match conv.to_ascii_lowercase() {
                    'f' => {
                        let s = crate::pyrepr::float_fixed(x.abs(), p);
                        if p == 0 && flags.contains('#') {
                            s + "."
                        } else {
                            s
                        }
                    }
                    'e' => sci(x.abs(), p, flags.contains('#')),
                    _ => general(x.abs(), p, flags.contains('#'), false),
                };
                if upper { s.to_uppercase() } else { s }
            };
            let negative = x.is_sign_negative() && !x.is_nan();
            sign(if negative { format!("-{body}") } else { body }, negative)
        }
        other => {
            return Err(Exc::value_error(format!(
                "unsupported format character '{other}' (0x{:x}) at index {at}",
                other as u32
            )));
        }
    })
}
