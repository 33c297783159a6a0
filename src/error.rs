//! Error types shared by the pipeline's stages, and their rendering:
//! syntax errors as miette diagnostics, in CPython's words.

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
        let len = self.len.min(src.len().saturating_sub(self.offset));
        miette::Report::new(SyntaxDiagnostic {
            kind: self.kind,
            msg: self.msg.clone(),
            src: NamedSource::new(filename, src.to_string()),
            span: (self.offset, len).into(),
            label: format!("{} (line {}, column {})", self.kind, self.lineno, self.col),
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
