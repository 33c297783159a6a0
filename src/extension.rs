//! The extension API: what an `extensions/<name>/` folder provides, and the
//! registry the core consults. The core never names an extension; it asks the
//! registry which extension lowers a grammar rule, and it numbers extension
//! opcodes after its own.

use std::sync::OnceLock;

use pest::iterators::Pair;

use crate::ast::{Expr, Pos, Stmt};
use crate::bytecode::{CORE_OPCODES, OpInfo};
use crate::error::SyntaxError;
use crate::syntax::{Lowerer, Rule};

/// Precedence levels of binary operators, lowest first; an extension operator
/// joins one (`Sum` binds like `+`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precedence {
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
    /// `<<`, `>>`
    Shift,
    /// `+`, `-`
    Sum,
    /// `*`, `/`, `//`, `%`, `@`
    Term,
    /// `**` (right associative)
    Power,
}

/// An infix operator an extension adds through the `ext_infix_op` hook.
pub struct InfixOperator {
    /// Its grammar rule (named in the fragment's `// @hook ext_infix_op RULE`).
    pub rule: Rule,
    /// The level it binds at.
    pub precedence: Precedence,
    /// Builds the expression for `left OP right` spanning `pos`.
    pub lower: fn(Expr, Expr, Pos) -> Expr,
}

/// Everything an extension contributes besides its grammar fragment.
pub trait Extension: Sync {
    /// The extension's folder name under `extensions/`.
    fn name(&self) -> &'static str;

    /// Grammar rules this extension turns into statements (hooked into
    /// `ext_compound_stmt` or `ext_simple_stmt`).
    fn statement_rules(&self) -> &'static [Rule] {
        &[]
    }

    /// Lowers a pair of one of [`Extension::statement_rules`] into a statement.
    fn lower_statement(
        &self,
        pair: Pair<'_, Rule>,
        cx: &mut Lowerer<'_>,
    ) -> Result<Stmt, SyntaxError> {
        Err(cx.error(
            pair.as_span(),
            format!("extension '{}' lowers no statements", self.name()),
        ))
    }

    /// Grammar rules this extension turns into expression atoms (`ext_atom`).
    fn atom_rules(&self) -> &'static [Rule] {
        &[]
    }

    /// Lowers a pair of one of [`Extension::atom_rules`] into an expression.
    fn lower_atom(&self, pair: Pair<'_, Rule>, cx: &mut Lowerer<'_>) -> Result<Expr, SyntaxError> {
        Err(cx.error(
            pair.as_span(),
            format!("extension '{}' lowers no atoms", self.name()),
        ))
    }

    /// Infix operators this extension adds (`ext_infix_op`).
    fn infix_operators(&self) -> &'static [InfixOperator] {
        &[]
    }

    /// Opcodes this extension adds; `dis` shows them and the VM dispatches them.
    fn opcodes(&self) -> &'static [OpInfo] {
        &[]
    }
}

/// Every bundled extension (the list lives in `extensions/mod.rs`).
pub fn registry() -> &'static [&'static dyn Extension] {
    crate::extensions::ALL
}

/// All extension opcodes in number order: core opcodes come first, so extension
/// opcode `i` here has number `CORE_OPCODES.len() + i`.
pub fn ext_opcodes() -> &'static [&'static OpInfo] {
    static TABLE: OnceLock<Vec<&'static OpInfo>> = OnceLock::new();
    TABLE.get_or_init(|| registry().iter().flat_map(|e| e.opcodes().iter()).collect())
}

/// The opcode number of an extension opcode.
pub fn ext_opcode_number(op: &'static OpInfo) -> u16 {
    let i = ext_opcodes()
        .iter()
        .position(|o| std::ptr::eq(*o, op) || o.name == op.name)
        .unwrap_or_else(|| panic!("opcode {} is not registered by any extension", op.name));
    (CORE_OPCODES.len() + i) as u16
}
