//! `'%s' % (x,)` as an f-string — CPython's `optimize_format` in `ast_opt.c`:
//! a constant format whose units are all `%s`, `%r` or `%a` (with an optional
//! `-` flag, width and precision), applied to a tuple display of as many
//! items, compiles to `CONVERT_VALUE`/`FORMAT_*`/`BUILD_STRING`.

/// One piece of the rewritten string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Literal text (`%%` already turned into `%`).
    Literal(String),
    /// The tuple item `index`, converted (1 `str`, 2 `repr`, 3 `ascii`) and
    /// formatted with `spec`.
    Field {
        /// Which tuple item.
        index: usize,
        /// The `CONVERT_VALUE` argument.
        conversion: u32,
        /// The format spec (`>5`, `.2`), if any.
        spec: Option<String>,
    },
}

/// CPython gives up on widths and precisions of this many digits.
const MAX_DIGITS: usize = 3;

/// The pieces of `fmt` applied to `items` values, or `None` when CPython would
/// keep the `%` operation (other conversions, counts that do not match).
pub fn percent_parts(fmt: &str, items: usize) -> Option<Vec<Part>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut parts = Vec::new();
    let mut literal = String::new();
    let mut i = 0;
    let mut index = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            literal.push(chars[i]);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'%') {
            literal.push('%');
            i += 2;
            continue;
        }
        if !literal.is_empty() {
            parts.push(Part::Literal(std::mem::take(&mut literal)));
        }
        if index >= items {
            return None;
        }
        i += 1;
        let mut left = false;
        while let Some(&f) = chars.get(i).filter(|f| "-+ #0".contains(**f)) {
            left |= f == '-';
            i += 1;
        }
        let number = |i: &mut usize| -> Option<Option<usize>> {
            let start = *i;
            while chars.get(*i).is_some_and(|c| c.is_ascii_digit()) {
                *i += 1;
            }
            if *i - start > MAX_DIGITS {
                return None;
            }
            Some((*i > start).then(|| {
                chars[start..*i]
                    .iter()
                    .collect::<String>()
                    .parse()
                    .expect("digits")
            }))
        };
        let width = number(&mut i)?;
        let precision = if chars.get(i) == Some(&'.') {
            i += 1;
            Some(number(&mut i)?.unwrap_or(0))
        } else {
            None
        };
        let conversion = match chars.get(i)? {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => return None,
        };
        i += 1;
        let mut spec = String::new();
        if let Some(w) = width {
            if !left && w > 0 {
                spec.push('>');
            }
            spec.push_str(&w.to_string());
        }
        if let Some(p) = precision {
            spec.push_str(&format!(".{p}"));
        }
        parts.push(Part::Field {
            index,
            conversion,
            spec: (!spec.is_empty()).then_some(spec),
        });
        index += 1;
    }
    if !literal.is_empty() {
        parts.push(Part::Literal(literal));
    }
    (index == items).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        let p = percent_parts("%5s|%-3s|%.2s%%", 3).unwrap();
        assert_eq!(
            p[0],
            Part::Field {
                index: 0,
                conversion: 1,
                spec: Some(">5".into())
            }
        );
        assert_eq!(
            p[2],
            Part::Field {
                index: 1,
                conversion: 1,
                spec: Some("3".into())
            }
        );
        assert_eq!(p[5], Part::Literal("%".into()));
        assert!(percent_parts("%d", 1).is_none());
        assert!(percent_parts("%s %s", 1).is_none());
        assert!(percent_parts("%s", 2).is_none());
    }
}
