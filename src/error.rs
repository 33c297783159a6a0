//! Error types shared by the pipeline's stages, and their rendering:
//! syntax errors as miette diagnostics, in CPython's words.

use crate::text::Times;
use miette::{Diagnostic, NamedSource, SourceSpan};
use thiserror::Error;

use crate::syntax::layout::line_col;

/// A syntax error (or `IndentationError`/`TabError`) at a source location.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{kind}: {msg}")]
pub struct SyntaxError {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: &'static str,
    /// CPython's message (`expected ':'`).
    pub msg: String,
    /// Source byte offset of the offending token.
    pub offset: usize,
    /// Byte length of the offending token.
    pub len: usize,
    /// 1-based line.
    pub lineno: usize,
    /// 1-based column in characters, as CPython's `SyntaxError.offset`.
    pub col: usize,
}

impl SyntaxError {
    /// Builds an error at `offset` of `src`.
    pub fn new(
        kind: &'static str,
        msg: impl Into<String>,
        src: &str,
        offset: usize,
        len: usize,
    ) -> Self {
        let offset = offset.min(src.len());
        let (lineno, byte_col) = line_col(src, offset);
        let line_start = offset - byte_col;
        let col = src[line_start..offset].chars().count() + 1;
        SyntaxError {
            kind,
            msg: msg.into(),
            offset,
            len: len.max(1),
            lineno,
            col,
        }
    }

    /// A miette report: file, line, column and the offending token labelled.
    pub fn report(&self, filename: &str, src: &str) -> miette::Report {
        let (text, offset) = shown_source(src, self.offset);
        let windowed = text.len() != src.len();
        let len = self
            .len
            .min(text.len().saturating_sub(offset))
            .min(MAX_SHOWN_LINE);
        miette::Report::new(SyntaxDiagnostic {
            kind: self.kind,
            msg: self.msg.clone(),
            src: NamedSource::new(filename, text),
            span: (offset, len).into(),
            label: if !windowed {
                self.msg.clone()
            } else {
                format!("{} (line {}, column {})", self.msg, self.lineno, self.col)
            },
        })
    }
}

#[derive(Debug, Error, Diagnostic)]
#[error("{kind}: {msg}")]
struct SyntaxDiagnostic {
    kind: &'static str,
    msg: String,
    #[source_code]
    src: NamedSource<String>,
    #[label("{label}")]
    span: SourceSpan,
    label: String,
}

/// Longest source line shown whole in a diagnostic; longer lines are cut to a
/// window around the error (the label still gives the true line and column).
const MAX_SHOWN_LINE: usize = 400;

/// The source text to show and the error's offset in it.
fn shown_source(src: &str, offset: usize) -> (String, usize) {
    let line_start = src[..offset].rfind('\n').map_or(0, |p| p + 1);
    let line_end = src[offset..].find('\n').map_or(src.len(), |p| offset + p);
    if line_end - line_start <= MAX_SHOWN_LINE {
        return (src.to_string(), offset);
    }
    let floor = |mut i: usize| {
        while !src.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let from = floor(offset.saturating_sub(MAX_SHOWN_LINE / 2).max(line_start));
    let to = floor((offset + MAX_SHOWN_LINE / 2).min(line_end));
    let lines_before = src[..line_start].matches('\n').count();
    let mut text = "\n".times(lines_before);
    text.push_str("...");
    let new_offset = text.len() + (offset - from);
    text.push_str(&src[from..to]);
    text.push_str("...");
    (text, new_offset)
}
