//! `repeat N: BODY` — runs `BODY` `N` times; `N` is evaluated once.
//!
//! Unlike `until`, this statement brings opcodes of its own, so it exercises the
//! whole extension path: grammar rule (`grammar.pest`), AST node ([`Repeat`]),
//! compile step, and two opcodes with their stack effects and VM handlers.
//! `break` and `continue` work as in a `for` loop.

use pest::iterators::Pair;

use crate::ast::{Expr, ExtStmt, Field, Pos, Stmt, StmtKind};
use crate::bytecode::{ArgKind, Flow, OpInfo, Opcode};
use crate::compile::{CompileError, Compiler};
use crate::error::SyntaxError;
use crate::extension::Extension;
use crate::runtime::{Exc, Value};
use crate::syntax::{Lowerer, Rule};
use crate::vm::{Frame, Vm};

/// The AST node: `Repeat(count=..., body=[...])`.
#[derive(Debug)]
pub struct Repeat {
    /// How many times to run the body.
    pub count: Expr,
    /// The loop body.
    pub body: Vec<Stmt>,
}

/// `REPEAT_SETUP`: checks the count on top of the stack and turns it into the
/// loop's counter (negative counts run zero times).
pub static REPEAT_SETUP: OpInfo = OpInfo {
    name: "REPEAT_SETUP",
    arg: ArgKind::None,
    caches: 0,
    stack_effect: |_, _| 0,
    doc: "Replaces the count on top of the stack with the loop counter; `TypeError` unless it is an integer.",
    ends_block: false,
    handler: repeat_setup,
};

/// `REPEAT_ITER`: while the counter is positive, decrements it and runs the body;
/// then pops it and jumps past the loop.
pub static REPEAT_ITER: OpInfo = OpInfo {
    name: "REPEAT_ITER",
    arg: ArgKind::Jump,
    caches: 0,
    stack_effect: |_, jump| if jump { -1 } else { 0 },
    doc: "Decrements the counter on top of the stack; when it was already zero, pops it and jumps to `arg`.",
    ends_block: false,
    handler: repeat_iter,
};

static OPCODES: [OpInfo; 2] = [REPEAT_SETUP, REPEAT_ITER];

fn repeat_setup(_: &Vm, f: &mut Frame, _: u32) -> Result<Flow, Exc> {
    let counter = match f.top() {
        Value::Int(n) => (*n).max(0),
        Value::Bool(b) => *b as i64,
        // Beyond 2**63 the loop cannot finish anyway; a negative one runs zero times.
        Value::BigInt(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                0
            } else {
                i64::MAX
            }
        }
        other => {
            return Err(Exc::type_error(format!("'repeat' count must be an integer, not '{}'", other.type_name())));
        }
    };
    *f.top_mut() = Value::Int(counter);
    Ok(Flow::Next)
}

fn repeat_iter(_: &Vm, f: &mut Frame, arg: u32) -> Result<Flow, Exc> {
    match f.top_mut() {
        Value::Int(n) if *n > 0 => *n -= 1,
        _ => {
            f.pop();
            f.jump(arg);
        }
    }
    Ok(Flow::Next)
}

impl ExtStmt for Repeat {
    fn node_name(&self) -> &'static str {
        "Repeat"
    }

    fn fields(&self) -> Vec<(&'static str, Field<'_>)> {
        vec![("count", Field::Expr(&self.count)), ("body", Field::Stmts(&self.body))]
    }

    fn compile(&self, c: &mut Compiler, _pos: Pos) -> Result<(), CompileError> {
        let top = c.new_label();
        let end = c.new_label();
        c.expr(&self.count)?;
        c.set_pos(self.count.pos);
        c.emit_ext(&OPCODES[0], 0);
        c.bind(top);
        c.emit_ext_jump(&OPCODES[1], end);
        // `break` pops the counter that the exhausted loop's jump already popped.
        c.loop_body(top, end, 1, |c| c.stmts(&self.body))?;
        c.set_pos(self.count.pos);
        c.emit_jump(Opcode::JUMP_BACKWARD, top);
        c.bind(end);
        Ok(())
    }
}

/// The extension's registration.
pub struct RepeatExtension;

/// Listed in `extensions/mod.rs`.
pub static EXTENSION: RepeatExtension = RepeatExtension;

impl Extension for RepeatExtension {
    fn name(&self) -> &'static str {
        "repeat"
    }

    fn statement_rules(&self) -> &'static [Rule] {
        &[Rule::repeat_stmt]
    }

    fn lower_statement(&self, pair: Pair<'_, Rule>, cx: &mut Lowerer<'_>) -> Result<Stmt, SyntaxError> {
        let span = pair.as_span();
        let mut count = None;
        let mut body = Vec::new();
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::expression => count = Some(cx.expression(p)?),
                Rule::block => body = cx.block(p)?,
                _ => {}
            }
        }
        let pos = cx.compound_pos(span, &body);
        let count = count.expect("the grammar requires a count");
        Ok(Stmt { kind: StmtKind::Ext(Box::new(Repeat { count, body })), pos })
    }

    fn opcodes(&self) -> &'static [OpInfo] {
        &OPCODES
    }
}
