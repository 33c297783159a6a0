//! `until COND: BODY [else: ORELSE]` — loops while `COND` is false.
//!
//! The classic "add a statement to CPython" exercise as one folder: the grammar
//! rule is `grammar.pest`, and this file holds the AST node ([`Until`]), its
//! lowering from the parse tree and its compile step. It needs no opcode of its
//! own: it compiles to the same instructions as `while not COND`.

use pest::iterators::Pair;

use crate::ast::{Expr, ExtStmt, Field, Pos, Stmt, StmtKind};
use crate::bytecode::Opcode;
use crate::compile::{CompileError, Compiler};
use crate::error::SyntaxError;
use crate::extension::Extension;
use crate::syntax::{Lowerer, Rule};

// ANCHOR: node
/// The AST node: `Until(test=..., body=[...], orelse=[...])`.
#[derive(Debug)]
pub struct Until {
    /// The condition that ends the loop.
    pub test: Expr,
    /// The loop body.
    pub body: Vec<Stmt>,
    /// Runs when the loop ends without `break`.
    pub orelse: Vec<Stmt>,
}
// ANCHOR_END: node

impl ExtStmt for Until {
    // ANCHOR: fields
    fn node_name(&self) -> &'static str {
        "Until"
    }

    fn fields(&self) -> Vec<(&'static str, Field<'_>)> {
        vec![("test", Field::Expr(&self.test)), ("body", Field::Stmts(&self.body)), ("orelse", Field::Stmts(&self.orelse))]
    }
    // ANCHOR_END: fields

    // ANCHOR: compile
    fn compile(&self, c: &mut Compiler, _pos: Pos) -> Result<(), CompileError> {
        let top = c.new_label();
        let orelse = c.new_label();
        let end = c.new_label();
        c.bind(top);
        // Leave the loop as soon as the condition holds.
        c.jump_if(&self.test, true, orelse)?;
        c.loop_body(top, end, 0, |c| c.stmts(&self.body))?;
        c.set_pos(self.test.pos);
        c.emit_jump(Opcode::JUMP_BACKWARD, top);
        c.bind(orelse);
        c.stmts(&self.orelse)?;
        c.bind(end);
        Ok(())
    }
    // ANCHOR_END: compile
}

/// The extension's registration.
pub struct UntilExtension;

/// Listed in `extensions/mod.rs`.
pub static EXTENSION: UntilExtension = UntilExtension;

impl Extension for UntilExtension {
    fn name(&self) -> &'static str {
        "until"
    }

    fn statement_rules(&self) -> &'static [Rule] {
        &[Rule::until_stmt]
    }

    // ANCHOR: lower
    fn lower_statement(&self, pair: Pair<'_, Rule>, cx: &mut Lowerer<'_>) -> Result<Stmt, SyntaxError> {
        let span = pair.as_span();
        let mut test = None;
        let mut body = Vec::new();
        let mut orelse = Vec::new();
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::expression => test = Some(cx.expression(p)?),
                Rule::block => body = cx.block(p)?,
                Rule::else_block => orelse = cx.else_block(p)?,
                _ => {}
            }
        }
        let pos = cx.compound_pos(span, if orelse.is_empty() { &body } else { &orelse });
        let test = test.expect("the grammar requires a condition");
        Ok(Stmt { kind: StmtKind::Ext(Box::new(Until { test, body, orelse })), pos })
    }
    // ANCHOR_END: lower
}
