//! The format-spec mini-language (`format(x, spec)`, `str.format`, f-strings) —
//! CPython's `Python/formatter_unicode.c`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::{Exc, ExcType, Value, int_to_f64};
use crate::pyrepr;
use crate::text::Times;

type R<T> = Result<T, Exc>;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Default, Clone)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    no_neg_zero: bool,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

fn parse_spec(spec: &str, type_name: &str) -> R<Spec> {
    let invalid = || {
        Exc::value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ))
    };
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if let Some(&c) = chars.get(i).filter(|c| matches!(c, '+' | '-' | ' ')) {
        s.sign = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'z') {
        s.no_neg_zero = true;
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        s.alternate = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        s.zero = true;
        i += 1;
    }
    let digits = |i: &mut usize| -> Option<usize> {
        let start = *i;
        while chars.get(*i).is_some_and(|c| c.is_ascii_digit()) {
            *i += 1;
        }
        (start < *i).then(|| {
            chars[start..*i]
                .iter()
                .collect::<String>()
                .parse::<isize>()
                .map_or(usize::MAX, |n| n as usize)
        })
    };
    let too_many = || Exc::value_error("Too many decimal digits in format string");
    if let Some(w) = digits(&mut i) {
        if w == usize::MAX {
            return Err(too_many());
        }
        if w > super::MAX_RESULT_ITEMS {
            return Err(Exc::new(ExcType::MemoryError, ""));
        }
        s.width = w;
    }
    if let Some(&c) = chars.get(i).filter(|c| matches!(c, ',' | '_')) {
        s.grouping = Some(c);
        i += 1;
        if let Some(&d) = chars.get(i).filter(|d| matches!(d, ',' | '_')) {
            return Err(if d == c {
                invalid()
            } else {
                Exc::value_error("Cannot specify both ',' and '_'.")
            });
        }
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        let p =
            digits(&mut i).ok_or_else(|| Exc::value_error("Format specifier missing precision"))?;
        if p == usize::MAX {
            return Err(too_many());
        }
        if p > i32::MAX as usize {
            return Err(Exc::value_error("precision too big"));
        }
        s.precision = Some(p);
    }
    if i < chars.len() {
        s.kind = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(invalid());
    }
    Ok(s)
}

/// `format(value, spec)` for built-in values; `repr_str` gives `str(value)` for
/// the types without a mini-language of their own.
pub fn format_value(value: &Value, spec: &str, str_of: &dyn Fn(&Value) -> R<String>) -> R<String> {
    match value {
        Value::Instance(_) => super::instance_format(value, spec),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
            if !(spec.is_empty() && matches!(value, Value::Bool(_))) =>
        {
            let i = match value {
                Value::Int(i) => BigInt::from(*i),
                Value::Bool(b) => BigInt::from(*b as i64),
                Value::BigInt(b) => (**b).clone(),
                _ => unreachable!("matched ints"),
            };
            format_int(&i, &parse_spec(spec, &value.type_name())?, value)
        }
        Value::Float(f) => format_float(*f, &parse_spec(spec, "float")?),
        Value::Complex(re, im) if !spec.is_empty() => {
            format_complex(*re, *im, &parse_spec(spec, "complex")?)
        }
        Value::Str(s) => format_str(s.as_str(), &parse_spec(spec, "str")?, "str"),
        other => {
            if !spec.is_empty() {
                return Err(Exc::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    other.type_name()
                )));
            }
            str_of(other)
        }
    }
}

fn pad(body: String, s: &Spec, default_align: char, sign_len: usize) -> String {
    let len = body.chars().count();
    if len >= s.width {
        return body;
    }
    let fill = s.fill.unwrap_or(if s.zero && s.align.is_none() {
        '0'
    } else {
        ' '
    });
    let align = s.align.unwrap_or(if s.zero && default_align == '>' {
        '='
    } else {
        default_align
    });
    let n = s.width - len;
    let fills = fill.to_string().times(n);
    match align {
        '<' => body + &fills,
        '^' => {
            let left = n / 2;
            fill.to_string().times(left) + &body + &fill.to_string().times(n - left)
        }
        '=' => {
            let split: usize = body
                .char_indices()
                .nth(sign_len)
                .map_or(body.len(), |(b, _)| b);
            format!("{}{fills}{}", &body[..split], &body[split..])
        }
        _ => fills + &body,
    }
}

fn format_str(text: &str, s: &Spec, type_name: &str) -> R<String> {
    match s.kind {
        None | Some('s') => {}
        Some(k) => {
            return Err(Exc::value_error(format!(
                "Unknown format code '{k}' for object of type '{type_name}'"
            )));
        }
    }
    if s.sign.is_some() {
        return Err(Exc::value_error(
            "Sign not allowed in string format specifier",
        ));
    }
    if s.alternate {
        return Err(Exc::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(Exc::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if let Some(g) = s.grouping {
        return Err(Exc::value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad(body, s, '<', 0))
}

/// Inserts the grouping separator every `every` digits from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// [`group`], where the `0` flag's padding is made of digits that are grouped
/// too (`format(1234, '010,')` is `'00,001,234'`): leading zeros are added
/// while the grouped text is shorter than `width`.
fn group_padded(digits: &str, sep: char, every: usize, s: &Spec, width: usize) -> String {
    let mut grouped = group(digits, sep, every);
    if s.zero && s.align.is_none() && s.fill.is_none() {
        let mut padded = digits.to_string();
        while grouped.chars().count() < width {
            padded.insert(0, '0');
            grouped = group(&padded, sep, every);
        }
    }
    grouped
}

fn sign_prefix(negative: bool, s: &Spec) -> &'static str {
    match (negative, s.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

fn format_int(i: &BigInt, s: &Spec, value: &Value) -> R<String> {
    let kind = s.kind.unwrap_or('d');
    if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = int_to_f64(i)?;
        return format_float(f, s);
    }
    if s.no_neg_zero && "dnxXobc".contains(kind) {
        return Err(Exc::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if s.precision.is_some() {
        return Err(Exc::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    let (radix, prefix) = match kind {
        'd' | 'n' => (10, ""),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'o' => (8, "0o"),
        'b' => (2, "0b"),
        'c' => {
            if s.sign.is_some() {
                return Err(Exc::value_error(
                    "Sign not allowed with integer format specifier 'c'",
                ));
            }
            if s.alternate {
                return Err(Exc::value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            if let Some(g) = s.grouping {
                return Err(Exc::value_error(format!("Cannot specify '{g}' with 'c'.")));
            }
            let c = i.to_u32().and_then(char::from_u32).ok_or_else(|| {
                Exc::new(
                    super::ExcType::OverflowError,
                    "%c arg not in range(0x110000)",
                )
            })?;
            return Ok(pad(c.to_string(), s, '>', 0));
        }
        k => {
            return Err(Exc::value_error(format!(
                "Unknown format code '{k}' for object of type '{}'",
                value.type_name()
            )));
        }
    };
    let mut digits = i.magnitude().to_str_radix(radix);
    if kind == 'X' {
        digits = digits.to_uppercase();
    }
    if let Some(g) = s.grouping {
        if g == ',' && radix != 10 {
            return Err(Exc::value_error(format!(
                "Cannot specify ',' with '{kind}'."
            )));
        }
        let sign_len = sign_prefix(i.is_negative(), s).len();
        let prefix_len = if s.alternate { prefix.len() } else { 0 };
        let target = s.width.saturating_sub(sign_len + prefix_len);
        digits = group_padded(&digits, g, if radix == 10 { 3 } else { 4 }, s, target);
    }
    let sign = sign_prefix(i.is_negative(), s);
    let prefix = if s.alternate { prefix } else { "" };
    let body = format!("{sign}{prefix}{digits}");
    Ok(pad(body, s, '>', sign.len() + prefix.len()))
}

fn format_float(x: f64, s: &Spec) -> R<String> {
    let kind = s.kind;
    let upper = kind.is_some_and(|k| k.is_ascii_uppercase());
    let mut negative = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let body = if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        let t = if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        };
        if kind == Some('%') { t + "%" } else { t }
    } else {
        let digits = match kind {
            Some('f' | 'F') => fixed(a, s.precision.unwrap_or(6), s.alternate),
            Some('e' | 'E') => {
                let t = sci(a, s.precision.unwrap_or(6), s.alternate);
                if upper { t.to_uppercase() } else { t }
            }
            Some('g' | 'G' | 'n') => {
                let t = general(a, s.precision.unwrap_or(6), s.alternate, false);
                if upper { t.to_uppercase() } else { t }
            }
            Some('%') => fixed(a * 100.0, s.precision.unwrap_or(6), s.alternate) + "%",
            None => match s.precision {
                None => pyrepr::float_repr(a),
                Some(p) => general(a, p, s.alternate, true),
            },
            Some(k) => {
                return Err(Exc::value_error(format!(
                    "Unknown format code '{k}' for object of type 'float'"
                )));
            }
        };
        match s.grouping {
            Some(g) => {
                let (int_part, rest) = digits
                    .find(|c: char| !c.is_ascii_digit())
                    .map_or((&digits[..], ""), |p| digits.split_at(p));
                let sign_len = sign_prefix(negative, s).len();
                let target = s.width.saturating_sub(sign_len + rest.chars().count());
                group_padded(int_part, g, 3, s, target) + rest
            }
            None => digits,
        }
    };
    // `z`: a value that rounds to zero loses its minus sign.
    if s.no_neg_zero && a.is_finite() && body.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        negative = false;
    }
    let sign = sign_prefix(negative, s);
    Ok(pad(format!("{sign}{body}"), s, '>', sign.len()))
}

/// A complex number: each part formatted as a float with the spec's type and
/// precision (the imaginary one always signed, then `j`), the whole padded.
/// Without a type it reads as `str()` does: parentheses, and no real part
/// when that is `+0`.
fn format_complex(re: f64, im: f64, s: &Spec) -> R<String> {
    if s.zero {
        return Err(Exc::value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(Exc::value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if let Some(k) = s.kind
        && !"eEfFgGn".contains(k)
    {
        return Err(Exc::value_error(format!(
            "Unknown format code '{k}' for object of type 'complex'"
        )));
    }
    let body = if s.kind.is_none() && s.precision.is_none() {
        let t = super::complex_repr(re, im);
        match s.sign {
            Some(c @ ('+' | ' ')) if !t.starts_with(['(', '-']) => format!("{c}{t}"),
            Some(c @ ('+' | ' ')) if t.starts_with('(') && !t[1..].starts_with('-') => {
                format!("({c}{}", &t[1..])
            }
            _ => t,
        }
    } else {
        // Without a type a precision means `g` (with no `.0` added).
        let part = Spec {
            width: 0,
            fill: None,
            align: None,
            kind: Some(s.kind.unwrap_or('g')),
            ..s.clone()
        };
        let skip_re = s.kind.is_none() && re == 0.0 && re.is_sign_positive();
        let re_text = format_float(re, &part)?;
        let im_text = format_float(
            im,
            &Spec {
                sign: if skip_re { s.sign } else { Some('+') },
                ..part.clone()
            },
        )?;
        match (s.kind, skip_re) {
            (None, true) => format!("{im_text}j"),
            (None, false) => format!("({re_text}{im_text}j)"),
            _ => format!("{re_text}{im_text}j"),
        }
    };
    Ok(pad(body, s, '>', 0))
}

fn fixed(a: f64, p: usize, alternate: bool) -> String {
    let t = pyrepr::float_fixed(a, p);
    if alternate && p == 0 { t + "." } else { t }
}

/// `e` notation: `1.500000e+00`.
pub(crate) fn sci(a: f64, p: usize, alternate: bool) -> String {
    let t = pyrepr::float_sci(a, p);
    let (m, e) = t.split_once('e').expect("exponent");
    let e: i32 = e.parse().expect("exponent");
    let m = if alternate && p == 0 {
        format!("{m}.")
    } else {
        m.to_string()
    };
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `g` notation; `repr_like` is the no-type variant with a precision, which
/// switches to exponents one digit earlier and keeps a `.0` in fixed notation.
pub(crate) fn general(a: f64, p: usize, alternate: bool, repr_like: bool) -> String {
    let p = p.max(1);
    let trim = |t: &str| -> String {
        if alternate || !t.contains('.') {
            t.to_string()
        } else {
            t.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    };
    if a == 0.0 {
        return if repr_like {
            "0.0".into()
        } else {
            trim(&pyrepr::float_fixed(0.0, p - 1))
        };
    }
    let e_form = sci(a, p - 1, alternate);
    let (mantissa, exp_text) = e_form.split_once('e').expect("exponent");
    let exp: i32 = exp_text.parse().unwrap_or(0);
    let limit = if repr_like { p as i32 - 1 } else { p as i32 };
    if exp < -4 || exp >= limit {
        return format!("{}e{exp_text}", trim(mantissa));
    }
    let decimals = (p as i32 - 1 - exp).max(0) as usize;
    let t = trim(&pyrepr::float_fixed(a, decimals));
    if repr_like && !t.contains('.') {
        t + ".0"
    } else if alternate && decimals == 0 {
        // `#` keeps the decimal point even with no digits after it.
        t + "."
    } else {
        t
    }
}
