//! String literals: implicit concatenation, bytes, and f-strings (PEP 701)
//! lowered to `Constant` and `JoinedStr` nodes as CPython's `action_helpers.c`
//! builds them.

use pest::iterators::Pair;

use super::{Lowerer, R};
use crate::ast::*;
use crate::error::SyntaxError;
use crate::syntax::Rule;
use crate::syntax::literals::{self, Piece, Text};

/// A piece of a concatenation: literal text with its layout range (and whether
/// it is a `u'...'` string, which marks the `Constant` it starts), or a field.
enum Part {
    Lit(Text, usize, usize, bool),
    Field(Expr),
}

impl Lowerer<'_> {
    /// "cannot mix bytes and nonbytes literals", reported as CPython does at the
    /// token after the run of strings (a comment or the line end included).
    fn mix_error(&self, run_end: usize) -> SyntaxError {
        let text = self.layout.text.as_bytes();
        let src = self.src.as_bytes();
        let mut at = self.layout.original_offset(run_end);
        while matches!(src.get(at), Some(b' ' | b'\t' | b'\x0c')) {
            at += 1;
        }
        if src.get(at) != Some(&b'#') {
            let mut i = run_end;
            while matches!(text.get(i), Some(b' ' | b'\t' | b'\x0c')) {
                i += 1;
            }
            at = self.layout.original_offset(i);
        }
        let at = at.min(self.src.len());
        SyntaxError::new(
            "SyntaxError",
            "cannot mix bytes and nonbytes literals",
            self.src,
            at,
            1,
        )
    }

    /// Lowers a `strings` pair: a `Constant`, or a `JoinedStr` when any piece is
    /// an f-string.
    pub(super) fn strings(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        let span = p.as_span();
        let pos = self.pos(span);
        let end = span.end();
        // `kind='u'` when the first piece is written `u'...'`, as in CPython.
        let u_prefix = p.as_str().starts_with('u');
        let mut parts = Vec::new();
        let mut bytes: Option<Vec<u8>> = None;
        let mut has_str = false;
        let mut has_fstring = false;
        for s in p.into_inner() {
            let sspan = s.as_span();
            if s.as_rule() == Rule::fstring {
                if bytes.is_some() {
                    return Err(self.mix_error(end));
                }
                has_fstring = true;
                self.fstring(s, &mut parts)?;
                continue;
            }
            match literals::string(s.as_str()).map_err(|m| self.error(sspan, m))? {
                Piece::Str(t) => {
                    if bytes.is_some() {
                        return Err(self.mix_error(end));
                    }
                    has_str = true;
                    let u = s.as_str().starts_with('u');
                    parts.push(Part::Lit(t, sspan.start(), sspan.end(), u));
                }
                Piece::Bytes(b) => {
                    if has_str || has_fstring {
                        return Err(self.mix_error(end));
                    }
                    bytes.get_or_insert_with(Vec::new).extend(b);
                }
            }
        }
        if let Some(b) = bytes {
            return Ok(Expr {
                kind: ExprKind::Constant {
                    value: Constant::Bytes(b),
                    kind: None,
                },
                pos,
            });
        }
        if !has_fstring {
            let mut text = Text::default();
            for part in parts {
                if let Part::Lit(t, ..) = part {
                    text.append(t);
                }
            }
            return Ok(Expr {
                kind: ExprKind::Constant {
                    value: text.into_constant(),
                    kind: u_prefix.then(|| "u".to_string()),
                },
                pos,
            });
        }
        let values = self.joined(parts);
        Ok(Expr {
            kind: ExprKind::JoinedStr { values },
            pos,
        })
    }

    /// Merges adjacent literal parts into one `Constant` each; empty ones vanish.
    fn joined(&self, parts: Vec<Part>) -> Vec<Expr> {
        let mut values = Vec::new();
        type Pending = Option<(Text, usize, usize, bool)>;
        let mut pending: Pending = None;
        let flush = |pending: &mut Pending, values: &mut Vec<Expr>| {
            if let Some((text, start, end, u)) = pending.take()
                && !text.is_empty()
            {
                values.push(Expr {
                    kind: ExprKind::Constant {
                        value: text.into_constant(),
                        kind: u.then(|| "u".to_string()),
                    },
                    pos: self.pos_exact(start, end),
                });
            }
        };
        for part in parts {
            match part {
                Part::Lit(t, s, e, u) => match &mut pending {
                    Some((text, _, end, _)) => {
                        text.append(t);
                        *end = e;
                    }
                    None => pending = Some((t, s, e, u)),
                },
                Part::Field(f) => {
                    flush(&mut pending, &mut values);
                    values.push(f);
                }
            }
        }
        flush(&mut pending, &mut values);
        values
    }

    fn fstring(&mut self, p: Pair<'_, Rule>, parts: &mut Vec<Part>) -> R<()> {
        let raw = p.as_str().as_bytes()[..2]
            .iter()
            .any(|b| b.eq_ignore_ascii_case(&b'r'));
        for x in p.into_inner() {
            match x.as_rule() {
                Rule::fstring_text | Rule::fstring_raw_text => {
                    let span = x.as_span();
                    let text =
                        literals::fstring_text(x.as_str(), raw).map_err(|m| self.error(span, m))?;
                    parts.push(Part::Lit(text, span.start(), span.end(), false));
                }
                _ => self.fstring_field(x, raw, parts)?,
            }
        }
        Ok(())
    }

    fn fstring_field(&mut self, p: Pair<'_, Rule>, raw: bool, parts: &mut Vec<Part>) -> R<()> {
        let span = p.as_span();
        let mut inner = p.into_inner();
        let value_pair = inner.next().expect("field has an expression");
        let value_start = span.start() + 1;
        let value = self.assign_rhs(value_pair)?;
        let mut conversion = -1;
        let mut format_spec = None;
        let mut debug_end = None;
        for x in inner {
            let xspan = x.as_span();
            match x.as_rule() {
                Rule::fstring_debug => debug_end = Some(xspan.end()),
                Rule::fstring_conversion => {
                    let name = &x.as_str()[1..];
                    conversion = match name {
                        "s" => 's' as i32,
                        "r" => 'r' as i32,
                        "a" => 'a' as i32,
                        _ => {
                            // CPython points at the character after the `!`.
                            let at = self.layout.original_offset(xspan.start() + 1);
                            return Err(SyntaxError::new(
                                "SyntaxError",
                                format!(
                                    "f-string: invalid conversion character '{name}': expected 's', 'r', or 'a'"
                                ),
                                self.src,
                                at,
                                name.len(),
                            ));
                        }
                    };
                }
                _ => {
                    let mut spec_parts = Vec::new();
                    for y in x.into_inner() {
                        match y.as_rule() {
                            Rule::fstring_spec_text => {
                                let yspan = y.as_span();
                                let text = literals::fstring_text(y.as_str(), raw)
                                    .map_err(|m| self.error(yspan, m))?;
                                spec_parts.push(Part::Lit(text, yspan.start(), yspan.end(), false));
                            }
                            _ => self.fstring_field(y, raw, &mut spec_parts)?,
                        }
                    }
                    let values = self.joined(spec_parts);
                    format_spec = Some(Box::new(Expr {
                        kind: ExprKind::JoinedStr { values },
                        pos: self.pos_exact(xspan.start(), xspan.end()),
                    }));
                }
            }
        }
        if let Some(eq_end) = debug_end {
            // The text of `{expr=}` up to the conversion, spec or closing brace,
            // whitespace included, precedes the value.
            let text = self.layout.text.as_bytes();
            let mut end = eq_end;
            while matches!(text.get(end), Some(b' ' | b'\t' | b'\x0c')) {
                end += 1;
            }
            // Taken from the source: the layout pass blanked comments and newlines.
            let (from, to) = (
                self.layout.original_offset(value_start),
                self.layout.original_offset(end),
            );
            let shown = Text::Utf8(without_comments(&self.src[from..to]));
            parts.push(Part::Lit(shown, value_start, end, false));
            if conversion == -1 && format_spec.is_none() {
                conversion = 'r' as i32;
            }
        }
        parts.push(Part::Field(Expr {
            kind: ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            pos: self.pos(span),
        }));
        Ok(())
    }
}

/// The text of a self-documenting field as CPython shows it: comments dropped,
/// newlines kept.
fn without_comments(text: &str) -> String {
    if !text.contains('#') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut quote: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(_), '\\') => {
                out.push(c);
                if let Some(n) = chars.next() {
                    out.push(n);
                }
                continue;
            }
            (Some(q), _) if c == q => quote = None,
            (None, '\'' | '"') => quote = Some(c),
            (None, '#') => {
                while chars.peek().is_some_and(|&n| n != '\n') {
                    chars.next();
                }
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}
