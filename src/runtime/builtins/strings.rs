//! The methods of `str`, `str.format` included (CPython's `Objects/unicodeobject.c`).

use super::strmore::*;
use super::*;
use crate::pyrepr;

builtins! { STR_METHODS:
    "upper" => s_upper, "lower" => s_lower, "strip" => s_strip, "lstrip" => s_lstrip, "rstrip" => s_rstrip,
    "split" => s_split, "join" => s_join, "replace" => s_replace, "startswith" => s_startswith,
    "endswith" => s_endswith, "find" => s_find, "count" => s_count, "isdigit" => s_isdigit,
    "isalpha" => s_isalpha, "isspace" => s_isspace, "title" => s_title, "capitalize" => s_capitalize,
    "index" => s_index, "format" => s_format,
    "isdecimal" => s_isdecimal, "isnumeric" => s_isnumeric, "isalnum" => s_isalnum,
    "isascii" => s_isascii, "isprintable" => s_isprintable, "isupper" => s_isupper,
    "islower" => s_islower, "istitle" => s_istitle, "isidentifier" => s_isidentifier,
    "ljust" => s_ljust, "rjust" => s_rjust, "center" => s_center, "zfill" => s_zfill,
    "swapcase" => s_swapcase, "casefold" => s_casefold, "rfind" => s_rfind, "rindex" => s_rindex,
    "partition" => s_partition, "rpartition" => s_rpartition, "rsplit" => s_rsplit,
    "splitlines" => s_splitlines, "expandtabs" => s_expandtabs, "removeprefix" => s_removeprefix,
    "removesuffix" => s_removesuffix, "encode" => s_encode, "translate" => s_translate,
    "maketrans" => s_maketrans, "format_map" => s_format_map,
}

pub(super) fn text(v: &Value) -> &str {
    match v {
        Value::Str(s) => s.as_str(),
        _ => unreachable!("str method called on a str"),
    }
}

pub(super) fn str_arg<'a>(v: &'a Value, what: &str) -> R<&'a str> {
    match v.str_like() {
        Some(s) => Ok(s),
        None if what.is_empty() => Err(Exc::type_error(format!(
            "must be str, not {}",
            v.type_name()
        ))),
        None => Err(Exc::type_error(format!(
            "{what} must be str, not {}",
            v.type_name()
        ))),
    }
}

pub(super) fn s_upper(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "upper", a, 0, 0)?;
    Ok(Value::str(&text(&a[0]).to_uppercase()))
}

pub(super) fn s_lower(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "lower", a, 0, 0)?;
    Ok(Value::str(&text(&a[0]).to_lowercase()))
}

pub(super) fn strip_chars(a: &[Value], name: &str) -> R<Option<Vec<char>>> {
    method_arity("str", name, a, 0, 1)?;
    match a.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().chars().collect())),
        Some(_) => Err(Exc::type_error(format!("{name} arg must be None or str"))),
    }
}

pub(super) fn s_strip(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let t = text(&a[0]);
    Ok(Value::str(match strip_chars(a, "strip")? {
        None => t.trim_matches(char::is_whitespace),
        Some(cs) => t.trim_matches(|c| cs.contains(&c)),
    }))
}

pub(super) fn s_lstrip(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let t = text(&a[0]);
    Ok(Value::str(match strip_chars(a, "lstrip")? {
        None => t.trim_start_matches(char::is_whitespace),
        Some(cs) => t.trim_start_matches(|c| cs.contains(&c)),
    }))
}

pub(super) fn s_rstrip(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let t = text(&a[0]);
    Ok(Value::str(match strip_chars(a, "rstrip")? {
        None => t.trim_end_matches(char::is_whitespace),
        Some(cs) => t.trim_end_matches(|c| cs.contains(&c)),
    }))
}

/// The `sep` and `maxsplit` arguments of `split`/`rsplit`, positional or by
/// keyword; `None` for no limit.
pub(super) fn split_args(a: &[Value], kwargs: Kwargs<'_>, name: &str) -> R<(Value, Option<usize>)> {
    let [sep, maxsplit] = <[Option<Value>; 2]>::try_from(super::clinic(
        name,
        &a[1..],
        kwargs,
        &["sep", "maxsplit"],
        0,
    )?)
    .expect("two parameters");
    let sep = sep.unwrap_or(Value::None);
    let max = match maxsplit.unwrap_or(Value::Int(-1)) {
        Value::Int(n) if n >= 0 => Some(n as usize),
        Value::Int(_) => None,
        o => {
            return Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                o.type_name()
            )));
        }
    };
    Ok((sep, max))
}

pub(super) fn s_split(_: &Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    let t = text(&a[0]);
    let (sep, max) = split_args(a, kwargs, "split")?;
    let parts: Vec<Value> = match &sep {
        Value::None => {
            let mut out = Vec::new();
            let mut rest = t.trim_start_matches(char::is_whitespace);
            while !rest.is_empty() {
                if max.is_some_and(|m| out.len() >= m) {
                    out.push(Value::str(rest));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start_matches(char::is_whitespace);
            }
            out
        }
        Value::Str(s) => {
            let s = s.as_str();
            if s.is_empty() {
                return Err(Exc::value_error("empty separator"));
            }
            match max {
                Some(m) => t.splitn(m + 1, s).map(Value::str).collect(),
                None => t.split(s).map(Value::str).collect(),
            }
        }
        o => {
            return Err(Exc::type_error(format!(
                "must be str or None, not {}",
                o.type_name()
            )));
        }
    };
    Ok(Value::list(parts))
}

pub(super) fn s_join(vm: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "join", a, 1, 1)?;
    let sep = text(&a[0]);
    let items = vm.iterate(&a[1]).map_err(|e| {
        let iterable = match &a[1] {
            v @ Value::Instance(_) => {
                object::special(v, "__iter__").is_some()
                    || object::special(v, "__getitem__").is_some()
            }
            v => crate::runtime::get_iter(v).is_ok(),
        };
        if e.is(ExcType::TypeError) && !iterable {
            Exc::type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match x.str_like() {
            Some(s) => out.push_str(s),
            None => {
                return Err(Exc::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    x.type_name()
                )));
            }
        }
    }
    Ok(Value::str(&out))
}

pub(super) fn s_replace(_: &Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    // replace(old, new, /, count=-1)
    let positional = a.len() - 1;
    if positional < 2 {
        return Err(Exc::type_error(format!(
            "replace() takes at least 2 positional arguments ({positional} given)"
        )));
    }
    let [count] = <[Option<Value>; 1]>::try_from(
        super::clinic("replace", &a[3..], kwargs, &["count"], 0).map_err(|e| {
            if positional > 3 {
                Exc::type_error(format!(
                    "replace() takes at most 3 arguments ({positional} given)"
                ))
            } else {
                e
            }
        })?,
    )
    .expect("one parameter");
    let t = text(&a[0]);
    let old = str_arg(&a[1], "replace() argument 1")?;
    let new = str_arg(&a[2], "replace() argument 2")?;
    let count = match count {
        None => None,
        Some(v) => match index_int(&v) {
            Some(n) => match n? {
                Value::Int(n) if n >= 0 => Some(n as usize),
                Value::Int(_) => None,
                _ => Some(usize::MAX),
            },
            None => {
                return Err(Exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                )));
            }
        },
    };
    if old.is_empty() {
        // Insert `new` before every character and at the end, up to `count` times.
        let mut out = String::new();
        let mut n = 0;
        for c in t.chars() {
            if count.is_none_or(|m| n < m) {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if count.is_none_or(|m| n < m) {
            out.push_str(new);
        }
        return Ok(Value::str(&out));
    }
    Ok(Value::str(&match count {
        Some(m) => t.replacen(old, new, m),
        None => t.replace(old, new),
    }))
}

/// `str.startswith`/`str.endswith`: a prefix (suffix) or a tuple of them,
/// tested against the window `[start, end)` (CPython's `tailmatch`).
fn affix(a: &[Value], name: &str, at_end: bool) -> R<Value> {
    method_arity("str", name, a, 1, 3)?;
    let wanted: Vec<&str> = match &a[1] {
        Value::Tuple(t) => t
            .iter()
            .map(|x| {
                x.str_like().ok_or_else(|| {
                    Exc::type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        x.type_name()
                    ))
                })
            })
            .collect::<R<_>>()?,
        v => vec![v.str_like().ok_or_else(|| {
            Exc::type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                v.type_name()
            ))
        })?],
    };
    // A start past the end matches nothing, not even "".
    let Some((_, window)) = str_window(text(&a[0]), a)? else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(wanted.iter().any(|p| {
        if at_end {
            window.ends_with(p)
        } else {
            window.starts_with(p)
        }
    })))
}

pub(super) fn s_startswith(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    affix(a, "startswith", false)
}

pub(super) fn s_endswith(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    affix(a, "endswith", true)
}

/// The character window `[start, end)` of a `str` search method and its start,
/// or `None` when the window is empty past the end.
pub(super) fn str_window<'a>(t: &'a str, a: &[Value]) -> R<Option<(usize, &'a str)>> {
    let chars: Vec<usize> = t.char_indices().map(|c| c.0).collect();
    let (start, end) = search_bounds(a, 2, chars.len())?;
    if start > end {
        return Ok(None);
    }
    let byte = |i: i64| chars.get(i as usize).copied().unwrap_or(t.len());
    Ok(Some((start as usize, &t[byte(start)..byte(end)])))
}

pub(super) fn find_in(a: &[Value], name: &str) -> R<Option<usize>> {
    method_arity("str", name, a, 1, 3)?;
    let t = text(&a[0]);
    let sub = str_arg(&a[1], &format!("{name}() argument 1"))?;
    let Some((start, window)) = str_window(t, a)? else {
        return Ok(None);
    };
    Ok(window
        .find(sub)
        .map(|b| start + window[..b].chars().count()))
}

pub(super) fn s_find(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    Ok(Value::Int(find_in(a, "find")?.map_or(-1, |i| i as i64)))
}

pub(super) fn s_index(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    match find_in(a, "index")? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(Exc::value_error("substring not found")),
    }
}

pub(super) fn s_count(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "count", a, 1, 3)?;
    let t = text(&a[0]);
    let sub = str_arg(&a[1], "count() argument 1")?;
    let Some((_, window)) = str_window(t, a)? else {
        return Ok(Value::Int(0));
    };
    let n = if sub.is_empty() {
        window.chars().count() + 1
    } else {
        window.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

/// `str.format(*args, **kwargs)`: `{}`/`{0}`/`{name}` fields with `.attr` and
/// `[key]` accessors, `!s`/`!r`/`!a` conversions and format specs (which may
/// contain nested fields).
pub(super) fn s_format(vm: &Vm, a: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    format_with(vm, &a[0], &a[1..], Names::Keywords(kwargs))
}

/// Where `str.format` finds the fields named by a word.
pub(super) enum Names<'a> {
    /// The keyword arguments of `format()`.
    Keywords(Kwargs<'a>),
    /// The mapping given to `format_map()`, indexed for each name (so a
    /// dict subclass's `__missing__` runs).
    Mapping(&'a Value),
}

/// `template.format(*args, **names)`.
pub(super) fn format_with(vm: &Vm, template: &Value, args: &[Value], names: Names<'_>) -> R<Value> {
    let mut auto = 0usize;
    let mut numbering: Option<bool> = None;
    let out = format_template(
        vm,
        text(template),
        args,
        &names,
        &mut auto,
        &mut numbering,
        2,
    )?;
    Ok(Value::str(&out))
}

fn format_template(
    vm: &Vm,
    t: &str,
    args: &[Value],
    names: &Names<'_>,
    auto: &mut usize,
    numbering: &mut Option<bool>,
    depth: usize,
) -> R<String> {
    if depth == 0 {
        return Err(Exc::value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(Exc::value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        if i + 1 == chars.len() {
            return Err(Exc::value_error("Single '{' encountered in format string"));
        }
        i += 1;
        let (name, conversion, spec) = parse_field(&chars, &mut i)?;
        let (name, spec) = (name.as_str(), spec.as_str());
        // The first part of the name picks the argument; then accessors follow.
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let positional = first.is_empty() || first.parse::<usize>().is_ok();
        if positional && matches!(names, Names::Mapping(_)) {
            return Err(Exc::value_error("Format string contains positional fields"));
        }
        let mut value = if first.is_empty() {
            if *numbering == Some(true) {
                return Err(Exc::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            *numbering = Some(false);
            let v = args.get(*auto).cloned().ok_or_else(|| {
                Exc::new(
                    ExcType::IndexError,
                    format!(
                        "Replacement index {} out of range for positional args tuple",
                        *auto
                    ),
                )
            })?;
            *auto += 1;
            v
        } else if let Ok(n) = first.parse::<usize>() {
            if *numbering == Some(false) {
                return Err(Exc::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            *numbering = Some(true);
            args.get(n).cloned().ok_or_else(|| {
                Exc::new(
                    ExcType::IndexError,
                    format!("Replacement index {n} out of range for positional args tuple"),
                )
            })?
        } else {
            match names {
                Names::Keywords(kwargs) => kwargs
                    .iter()
                    .find(|(k, _)| k.as_str() == first)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| Exc::with_args(ExcType::KeyError, vec![Value::str(first)]))?,
                Names::Mapping(m) => getitem(m, &Value::str(first))?,
            }
        };
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                if end == 0 {
                    return Err(Exc::value_error("Empty attribute in format string"));
                }
                value = vm.getattr(&value, &crate::runtime::intern(&r[..end]))?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r
                    .find(']')
                    .ok_or_else(|| Exc::value_error("Missing ']' in format string"))?;
                let key = &r[..end];
                if key.is_empty() {
                    return Err(Exc::value_error("Empty attribute in format string"));
                }
                // Only a run of digits is an index; anything else is a str key.
                let k = match key.parse::<i64>() {
                    Ok(n) if key.bytes().all(|b| b.is_ascii_digit()) => Value::Int(n),
                    _ => Value::str(key),
                };
                value = getitem(&value, &k)?;
                rest = &r[end + 1..];
            } else {
                return Err(Exc::value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
        let value = match conversion {
            None => value,
            Some('s') => Value::str(&vm.to_str(&value)?),
            Some('r') => Value::str(&vm.repr(&value)?),
            Some('a') => Value::str(&pyrepr::ascii_escape(&vm.repr(&value)?)),
            Some(c) => {
                return Err(Exc::value_error(format!(
                    "Unknown conversion specifier {c}"
                )));
            }
        };
        let spec = if spec.contains('{') {
            format_template(vm, spec, args, names, auto, numbering, depth - 1)?
        } else {
            spec.to_string()
        };
        out.push_str(&vm.format(&value, &spec)?);
    }
    Ok(out)
}

/// Reads a replacement field from `chars[*i..]` (just after its `{`) up to
/// and past its closing `}`: the field name, the conversion and the format
/// spec, with CPython's errors for a field that does not end well.
fn parse_field(chars: &[char], i: &mut usize) -> R<(String, Option<char>, String)> {
    let n = chars.len();
    let name_start = *i;
    let mut stop = None;
    while *i < n {
        let c = chars[*i];
        *i += 1;
        match c {
            '{' => return Err(Exc::value_error("unexpected '{' in field name")),
            // An index may hold any character but `]`.
            '[' => {
                while *i < n && chars[*i] != ']' {
                    *i += 1;
                }
            }
            '}' | ':' | '!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let name: String = chars[name_start..*i - usize::from(stop.is_some())]
        .iter()
        .collect();
    let mut conversion = None;
    match stop {
        Some('}') => Ok((name, None, String::new())),
        Some(c) => {
            if c == '!' {
                let Some(&conv) = chars.get(*i) else {
                    return Err(Exc::value_error(
                        "end of string while looking for conversion specifier",
                    ));
                };
                conversion = Some(conv);
                *i += 1;
                if let Some(&next) = chars.get(*i) {
                    *i += 1;
                    match next {
                        '}' => return Ok((name, conversion, String::new())),
                        ':' => {}
                        _ => {
                            return Err(Exc::value_error(
                                "expected ':' after conversion specifier",
                            ));
                        }
                    }
                }
            }
            // The spec runs to the `}` that balances the field's `{`.
            let spec_start = *i;
            let mut depth = 1;
            while *i < n {
                let c = chars[*i];
                *i += 1;
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            let spec = chars[spec_start..*i - 1].iter().collect();
                            return Ok((name, conversion, spec));
                        }
                    }
                    _ => {}
                }
            }
            Err(Exc::value_error("unmatched '{' in format spec"))
        }
        None => Err(Exc::value_error("expected '}' before end of string")),
    }
}

/// Python's titlecase of one character (Unicode's title mapping, which differs
/// from uppercase for ligatures and digraphs: `ß` → `Ss`, `ǆ` → `ǅ`).
pub(super) fn title_case(c: char, out: &mut String) {
    let special = match c {
        'ß' => "Ss",
        'ﬀ' => "Ff",
        'ﬁ' => "Fi",
        'ﬂ' => "Fl",
        'ﬃ' => "Ffi",
        'ﬄ' => "Ffl",
        'ﬅ' | 'ﬆ' => "St",
        'և' => "Եւ",
        'ﬓ' => "Մն",
        'ﬔ' => "Մե",
        'ﬕ' => "Մի",
        'ﬖ' => "Վն",
        'ﬗ' => "Մխ",
        'ŉ' => "ʼN",
        'Ǆ' | 'ǅ' | 'ǆ' => "ǅ",
        'Ǉ' | 'ǈ' | 'ǉ' => "ǈ",
        'Ǌ' | 'ǋ' | 'ǌ' => "ǋ",
        'Ǳ' | 'ǲ' | 'ǳ' => "ǲ",
        _ => "",
    };
    if !special.is_empty() {
        out.push_str(special);
        return;
    }
    // Greek letters with ypogegrammeni take the prosgegrammeni form.
    let n = c as u32;
    let greek = match n {
        0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => Some(n + 8),
        0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF => Some(n),
        0x1FB3 => Some(0x1FBC),
        0x1FC3 => Some(0x1FCC),
        0x1FF3 => Some(0x1FFC),
        _ => None,
    };
    match greek.and_then(char::from_u32) {
        Some(t) => out.push(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// Whether a character is cased (upper, lower or title case), as `str.title` asks.
pub(super) fn is_cased(c: char) -> bool {
    c.is_uppercase()
        || c.is_lowercase()
        || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')
        || (0x1F88..=0x1FAF).contains(&(c as u32))
}

pub(super) fn s_title(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "title", a, 0, 0)?;
    let mut out = String::new();
    let mut prev_cased = false;
    for c in text(&a[0]).chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            title_case(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    Ok(Value::str(&out))
}

pub(super) fn s_capitalize(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    method_arity("str", "capitalize", a, 0, 0)?;
    let mut cs = text(&a[0]).chars();
    let mut out = String::new();
    if let Some(c) = cs.next() {
        title_case(c, &mut out);
        out.extend(cs.flat_map(char::to_lowercase));
    }
    Ok(Value::str(&out))
}
