//! The rest of `str`'s methods (CPython's `Objects/unicodeobject.c`):
//! padding (`ljust`, `center`, `zfill`), case (`swapcase`, `casefold`),
//! searching from the right (`rfind`, `rsplit`, `rpartition`), line
//! splitting, the Unicode predicates (CPython's tables), `expandtabs`,
//! `encode`, `translate`/`maketrans` and `format_map`.

use super::strings::{str_arg, str_window, text};
use super::*;

/// Whether `c` is in one of the sorted inclusive ranges of `table`.
fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let n = c as u32;
    let i = table.partition_point(|&(_, hi)| hi < n);
    i < table.len() && table[i].0 <= n
}

/// `s` with every Unicode decimal digit replaced by its ASCII digit, as
/// `int()`, `float()` and `complex()` read numbers written in any script.
pub(super) fn decimal_to_ascii(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let table = crate::unicode_tables::DECIMAL;
    s.chars()
        .map(|c| {
            let n = c as u32;
            let i = table.partition_point(|&(_, hi)| hi < n);
            match table.get(i) {
                // Each range is a run of whole 0-9 blocks.
                Some(&(lo, _)) if lo <= n && !c.is_ascii() => {
                    char::from(b'0' + ((n - lo) % 10) as u8)
                }
                _ => c,
            }
        })
        .collect::<String>()
        .into()
}

pub(super) fn is_space(c: char) -> bool {
    in_table(crate::unicode_tables::SPACE, c)
}

fn is_alpha(c: char) -> bool {
    in_table(crate::unicode_tables::ALPHA, c)
}

fn is_decimal(c: char) -> bool {
    in_table(crate::unicode_tables::DECIMAL, c)
}

fn is_digit(c: char) -> bool {
    in_table(crate::unicode_tables::DIGIT, c)
}

fn is_numeric(c: char) -> bool {
    in_table(crate::unicode_tables::NUMERIC, c)
}

fn all_chars(a: &[Value], name: &str, pred: impl Fn(char) -> bool) -> R<Value> {
    method_arity("str", name, a, 0, 0)?;
    let t = text(&a[0]);
    Ok(Value::Bool(!t.is_empty() && t.chars().all(pred)))
}

pub(super) fn s_isalpha(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    all_chars(a, "isalpha", is_alpha)
}

pub(super) fn s_isdigit(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    all_chars(a, "isdigit", is_digit)
}

pub(super) fn s_isspace(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    all_chars(a, "isspace", is_space)
}

pub(super) fn s_isdecimal(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    all_chars(a, "isdecimal", is_decimal)
}

pub(super) fn s_isnumeric(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    all_chars(a, "isnumeric", is_numeric)
}

pub(super) fn s_isalnum(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    all_chars(a, "isalnum", |c| {
        is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
    })
}

pub(super) fn s_isascii(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "isascii", a, 0, 0)?;
    Ok(Value::Bool(text(&a[0]).is_ascii()))
}

pub(super) fn s_isprintable(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "isprintable", a, 0, 0)?;
    Ok(Value::Bool(
        text(&a[0]).chars().all(crate::pyrepr::is_printable),
    ))
}

/// Whether a character has case (`Lu`, `Ll`, `Lt` and the other cased ones).
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x01C5 | 0x01C8 | 0x01CB | 0x01F2)
        || (0x1F88..=0x1FAF).contains(&(c as u32)) && (c as u32 & 0xF) >= 8
        || matches!(c as u32, 0x1FBC | 0x1FCC | 0x1FFC)
}

pub(super) fn s_isupper(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "isupper", a, 0, 0)?;
    let t = text(&a[0]);
    Ok(Value::Bool(
        t.chars().any(is_cased) && !t.chars().any(|c| c.is_lowercase() || is_titlecase(c)),
    ))
}

pub(super) fn s_islower(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "islower", a, 0, 0)?;
    let t = text(&a[0]);
    Ok(Value::Bool(
        t.chars().any(is_cased) && !t.chars().any(|c| c.is_uppercase() || is_titlecase(c)),
    ))
}

pub(super) fn s_istitle(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "istitle", a, 0, 0)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in text(&a[0]).chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

pub(super) fn s_isidentifier(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "isidentifier", a, 0, 0)?;
    Ok(Value::Bool(is_identifier(text(&a[0]))))
}

/// `s.isidentifier()`: an identifier start, then identifier characters.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    it.next()
        .is_some_and(|c| in_table(crate::unicode_tables::ID_START, c))
        && it.all(|c| in_table(crate::unicode_tables::ID_CONTINUE, c))
}

fn width_arg(v: &Value) -> R<i64> {
    match index_value(v) {
        Some(i) => i,
        None => Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

fn fill_arg(a: &[Value]) -> R<char> {
    match a.get(2) {
        None => Ok(' '),
        Some(v) => {
            let s = v.str_like().ok_or_else(|| {
                Exc::type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    v.type_name()
                ))
            })?;
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(Exc::type_error(
                    "The fill character must be exactly one character long",
                )),
            }
        }
    }
}

/// `MemoryError` for a result of more than [`MAX_RESULT_ITEMS`] characters,
/// which would exhaust the machine's memory and abort the process.
fn check_size(n: usize) -> R<()> {
    if n > MAX_RESULT_ITEMS {
        return Err(Exc::new(ExcType::MemoryError, ""));
    }
    Ok(())
}

fn pad(t: &str, left: usize, right: usize, fill: char) -> Value {
    let mut out = String::with_capacity(t.len() + left + right);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(t);
    out.extend(std::iter::repeat_n(fill, right));
    Value::str(&out)
}

fn justify(a: &[Value], name: &str) -> R<(String, usize, char)> {
    method_arity("str", name, a, 1, 2)?;
    let width = width_arg(&a[1])?;
    let fill = fill_arg(a)?;
    let t = text(&a[0]);
    let n = t.chars().count();
    let extra = (width.max(0) as usize).saturating_sub(n);
    check_size(extra)?;
    Ok((t.to_string(), extra, fill))
}

pub(super) fn s_ljust(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let (t, extra, fill) = justify(a, "ljust")?;
    Ok(pad(&t, 0, extra, fill))
}

pub(super) fn s_rjust(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let (t, extra, fill) = justify(a, "rjust")?;
    Ok(pad(&t, extra, 0, fill))
}

pub(super) fn s_center(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let (t, extra, fill) = justify(a, "center")?;
    let width = t.chars().count() + extra;
    // CPython puts the odd fill character on the left when the width is odd.
    let left = extra / 2 + (extra & width & 1);
    Ok(pad(&t, left, extra - left, fill))
}

pub(super) fn s_zfill(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "zfill", a, 1, 1)?;
    let width = width_arg(&a[1])?;
    let t = text(&a[0]);
    let n = t.chars().count();
    let extra = (width.max(0) as usize).saturating_sub(n);
    check_size(extra)?;
    let (sign, digits) = match t.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &t[1..]),
        _ => (None, t),
    };
    let mut out = String::new();
    out.extend(sign);
    out.extend(std::iter::repeat_n('0', extra));
    out.push_str(digits);
    Ok(Value::str(&out))
}

pub(super) fn s_swapcase(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "swapcase", a, 0, 0)?;
    let mut out = String::new();
    for c in text(&a[0]).chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(Value::str(&out))
}

pub(super) fn s_casefold(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "casefold", a, 0, 0)?;
    let mut out = String::new();
    for c in text(&a[0]).chars() {
        match c {
            'ß' => out.push_str("ss"),
            'ς' => out.push('σ'),
            other => out.extend(other.to_lowercase()),
        }
    }
    Ok(Value::str(&out))
}

pub(super) fn s_rfind(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(Value::Int(rfind_in(a, "rfind")?.map_or(-1, |i| i as i64)))
}

pub(super) fn s_rindex(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    match rfind_in(a, "rindex")? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(Exc::value_error("substring not found")),
    }
}

fn rfind_in(a: &[Value], name: &str) -> R<Option<usize>> {
    method_arity("str", name, a, 1, 3)?;
    let t = text(&a[0]);
    let sub = str_arg(&a[1], &format!("{name}() argument 1"))?;
    let Some((start, window)) = str_window(t, a)? else {
        return Ok(None);
    };
    Ok(window
        .rfind(sub)
        .map(|b| start + window[..b].chars().count()))
}

fn partition(a: &[Value], name: &str, right: bool) -> R<Value> {
    method_arity("str", name, a, 1, 1)?;
    let t = text(&a[0]);
    let sep = str_arg(&a[1], "")?;
    if sep.is_empty() {
        return Err(Exc::value_error("empty separator"));
    }
    let found = if right { t.rfind(sep) } else { t.find(sep) };
    let parts = match found {
        Some(i) => [&t[..i], sep, &t[i + sep.len()..]],
        None if right => ["", "", t],
        None => [t, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|s| Value::str(s)).collect()))
}

pub(super) fn s_partition(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    partition(a, "partition", false)
}

pub(super) fn s_rpartition(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    partition(a, "rpartition", true)
}

pub(super) fn s_rsplit(_: &Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    let t = text(&a[0]);
    let (sep, max) = super::strings::split_args(a, kwargs, "rsplit")?;
    let mut parts: Vec<Value> = match &sep {
        Value::None => {
            let mut out = Vec::new();
            let mut rest = t.trim_end_matches(is_space);
            while !rest.is_empty() {
                if max.is_some_and(|m| out.len() >= m) {
                    out.push(Value::str(rest));
                    break;
                }
                let start = rest.rfind(is_space).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                out.push(Value::str(&rest[start..]));
                rest = rest[..start].trim_end_matches(is_space);
            }
            out
        }
        other => {
            let s = other.str_like().ok_or_else(|| {
                Exc::type_error(format!("must be str or None, not {}", other.type_name()))
            })?;
            if s.is_empty() {
                return Err(Exc::value_error("empty separator"));
            }
            match max {
                Some(m) => t.rsplitn(m + 1, s).map(Value::str).collect(),
                None => t.rsplit(s).map(Value::str).collect(),
            }
        }
    };
    parts.reverse();
    Ok(Value::list(parts))
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

pub(super) fn s_splitlines(vm: &Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    method_arity("str", "splitlines", a, 0, 1)?;
    let mut keep = a.get(1).cloned().unwrap_or(Value::Bool(false));
    for (k, v) in kwargs {
        match k.as_str() {
            "keepends" => keep = v.clone(),
            other => {
                return Err(Exc::type_error(format!(
                    "splitlines() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let keep = vm.truthy(&keep)?;
    let t = text(&a[0]);
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = t.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r'
            && let Some(&(_, '\n')) = it.peek()
        {
            it.next();
            end += 1;
        }
        out.push(Value::str(&t[start..if keep { end } else { i }]));
        start = end;
    }
    if start < t.len() {
        out.push(Value::str(&t[start..]));
    }
    Ok(Value::list(out))
}

pub(super) fn s_expandtabs(_: &Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    method_arity("str", "expandtabs", a, 0, 1)?;
    let mut size = a.get(1).cloned().unwrap_or(Value::Int(8));
    if let Some((_, v)) = kwargs.iter().find(|(k, _)| k.as_str() == "tabsize") {
        size = v.clone();
    }
    let size = width_arg(&size)?;
    if size > i32::MAX as i64 {
        return Err(Exc::new(
            ExcType::OverflowError,
            "Python int too large to convert to C int",
        ));
    }
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in text(&a[0]).chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    check_size(out.len() + n as usize)?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::str(&out))
}

pub(super) fn s_removeprefix(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "removeprefix", a, 1, 1)?;
    let t = text(&a[0]);
    let p = str_arg(&a[1], "removeprefix() argument")?;
    Ok(Value::str(t.strip_prefix(p).unwrap_or(t)))
}

pub(super) fn s_removesuffix(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "removesuffix", a, 1, 1)?;
    let t = text(&a[0]);
    let p = str_arg(&a[1], "removesuffix() argument")?;
    Ok(Value::str(t.strip_suffix(p).unwrap_or(t)))
}

/// The `encoding` and `errors` arguments of `str.encode`/`bytes.decode`
/// (`name`), positional or by keyword, with their defaults.
pub(super) fn codec_args(a: &[Value], kwargs: Kwargs<'_>, name: &str) -> R<(String, String)> {
    let arg = |i: usize, default: &str| {
        a.get(i)
            .and_then(|v| v.str_like())
            .unwrap_or(default)
            .to_string()
    };
    let (mut encoding, mut errors) = (arg(1, "utf-8"), arg(2, "strict"));
    for (k, v) in kwargs {
        let s = v.str_like().unwrap_or_default().to_string();
        match k.as_str() {
            "encoding" => encoding = s,
            "errors" => errors = s,
            other => {
                return Err(Exc::type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    Ok((encoding, errors))
}

pub(super) fn s_encode(_: &Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    method_arity("str", "encode", a, 0, 2)?;
    let (encoding, errors) = codec_args(a, kwargs, "encode")?;
    let t = text(&a[0]);
    let norm = encoding.to_ascii_lowercase().replace('_', "-");
    let limit = match norm.as_str() {
        "utf-8" | "utf8" => return Ok(Value::Bytes(t.as_bytes().into())),
        "ascii" | "us-ascii" => 0x80,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => 0x100,
        _ => {
            return Err(Exc::new(
                ExcType::LookupError,
                format!("unknown encoding: {encoding}"),
            ));
        }
    };
    let name = if limit == 0x80 { "ascii" } else { "latin-1" };
    let mut out = Vec::with_capacity(t.len());
    for (i, c) in t.chars().enumerate() {
        let n = c as u32;
        if n < limit {
            out.push(n as u8);
            continue;
        }
        match errors.as_str() {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let esc = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                out.extend(esc.bytes());
            }
            "xmlcharrefreplace" => out.extend(format!("&#{n};").bytes()),
            _ => {
                return Err(Exc::new(
                    ExcType::UnicodeEncodeError,
                    format!(
                        "'{name}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})",
                        crate::pyrepr::str_repr(&c.to_string())
                            .trim_matches('\'')
                            .trim_matches('"')
                    ),
                ));
            }
        }
    }
    Ok(Value::Bytes(out.into()))
}

pub(super) fn s_translate(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "translate", a, 1, 1)?;
    let t = text(&a[0]);
    let table = &a[1];
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        let key = Value::Int(c as i64);
        match getitem(table, &key) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) => {
                out.push(char::from_u32(n as u32).ok_or_else(|| {
                    Exc::value_error("character mapping must be in range(0x110000)")
                })?)
            }
            Ok(v) => match v.str_like() {
                Some(s) => out.push_str(s),
                None => {
                    return Err(Exc::type_error(
                        "character mapping must return integer, None or str",
                    ));
                }
            },
            Err(e)
                if e.is(ExcType::LookupError)
                    || e.is(ExcType::KeyError)
                    || e.is(ExcType::IndexError) =>
            {
                out.push(c)
            }
            Err(e) => return Err(e),
        }
    }
    Ok(Value::str(&out))
}

/// `str.maketrans(x[, y[, z]])` (the arguments after the receiver when
/// called on a string).
pub(super) fn maketrans(a: &[Value]) -> R<Value> {
    let mut d = Dict::default();
    let one_char = |v: &Value| -> Option<i64> {
        let s = v.str_like()?;
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => Some(c as i64),
            _ => None,
        }
    };
    match a {
        [Value::Dict(src)] => {
            for (k, v) in src.borrow().iter() {
                let key = match k.value() {
                    Value::Int(i) => Value::Int(*i),
                    other => match one_char(other) {
                        Some(c) => Value::Int(c),
                        None => {
                            return Err(Exc::value_error(
                                "string keys in translate table must be of length 1",
                            ));
                        }
                    },
                };
                d.insert(HashKey::new(key)?, v.clone());
            }
        }
        [_] => {
            return Err(Exc::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        }
        [x, y, rest @ ..] if rest.len() <= 1 => {
            let (Some(x), Some(y)) = (x.str_like(), y.str_like()) else {
                return Err(Exc::type_error("maketrans() argument 2 must be str"));
            };
            if x.chars().count() != y.chars().count() {
                return Err(Exc::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in x.chars().zip(y.chars()) {
                d.insert(HashKey::new(Value::Int(a as i64))?, Value::Int(b as i64));
            }
            if let Some(z) = rest.first() {
                let z = z
                    .str_like()
                    .ok_or_else(|| Exc::type_error("maketrans() argument 3 must be str"))?;
                for c in z.chars() {
                    d.insert(HashKey::new(Value::Int(c as i64))?, Value::None);
                }
            }
        }
        _ => {
            return Err(Exc::type_error(format!(
                "maketrans expected at most 3 arguments, got {}",
                a.len()
            )));
        }
    }
    Ok(Value::dict(d))
}

pub(super) fn s_maketrans(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    maketrans(&a[1..])
}

/// `str.maketrans` looked up on the type: a static method.
pub static STR_MAKETRANS: Builtin = Builtin {
    name: "maketrans",
    func: |_, a, _| maketrans(a),
};

pub(super) fn s_format_map(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "format_map", a, 1, 1)?;
    super::strings::format_with(vm, &a[0], &[], super::strings::Names::Mapping(&a[1]))
}
