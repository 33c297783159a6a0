//! `value |> function` — a pipe operator, as a syntax proposal might add one.
//!
//! This extension exercises the infix-operator hook: its grammar fragment adds a
//! token to `ext_infix_op`, and [`InfixOperator`] gives it a precedence level
//! and a lowering. It desugars while the AST is built: `x |> f` becomes the call
//! `f(x)`, so `pyforge ast` shows a `Call` and no new opcode is needed.

use crate::ast::{Expr, ExprKind, Pos};
use crate::extension::{Extension, InfixOperator, Precedence};
use crate::syntax::Rule;

/// `left |> right` as the call `right(left)`.
fn lower_pipe(left: Expr, right: Expr, pos: Pos) -> Expr {
    Expr { kind: ExprKind::Call { func: Box::new(right), args: vec![left], keywords: vec![] }, pos }
}

static OPERATORS: [InfixOperator; 1] =
    [InfixOperator { rule: Rule::pipe_op, precedence: Precedence::BitOr, lower: lower_pipe }];

/// The extension's registration.
pub struct PipeExtension;

/// Listed in `extensions/mod.rs`.
pub static EXTENSION: PipeExtension = PipeExtension;

impl Extension for PipeExtension {
    fn name(&self) -> &'static str {
        "pipe"
    }

    fn infix_operators(&self) -> &'static [InfixOperator] {
        &OPERATORS
    }
}
