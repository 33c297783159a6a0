//! Lowering: pest's parse tree → [`crate::ast`] nodes with CPython's positions
//! (the node-building half of CPython's `Parser/action_helpers.c`).
//!
//! One `lower_<rule>` method per grammar rule. [`Lowerer`] is also the API that an
//! extension's statement lowering uses to build its children.

use pest::Span;
use pest::iterators::{Pair, Pairs};
use pest::pratt_parser::{Assoc, Op, PrattParser};

use super::Rule;
use super::layout::Layout;
use super::literals::{self, Piece};
use crate::ast::*;
use crate::error::SyntaxError;
use crate::extension;

type R<T> = Result<T, SyntaxError>;

/// Deepest expression nesting lowered; beyond it CPython's parser (6000 rules
/// deep) also gives up.
const MAX_DEPTH: usize = 5000;

/// An expression with the source range it covers including any parentheses
/// around it (a parenthesised operand widens its parent's span, not its own).
type Spanned = (Expr, usize, usize);

/// Builds AST nodes from pest pairs; holds what positions need.
pub struct Lowerer<'s> {
    src: &'s str,
    layout: &'s Layout,
    line_starts: Vec<usize>,
    pratt: std::rc::Rc<PrattParser<Rule>>,
    depth: usize,
}

impl<'s> Lowerer<'s> {
    /// A lowerer for `src`, whose layout pass produced `layout`.
    pub fn new(src: &'s str, layout: &'s Layout) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            src.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lowerer {
            src,
            layout,
            line_starts,
            pratt: std::rc::Rc::new(arith_parser()),
            depth: 0,
        }
    }

    // ------------------------------------------------------------ positions, errors

    fn line_col(&self, layout_offset: usize) -> (u32, u32) {
        let off = self
            .layout
            .original_offset(layout_offset)
            .min(self.src.len());
        let line = self.line_starts.partition_point(|&s| s <= off);
        (line as u32, (off - self.line_starts[line - 1]) as u32)
    }

    /// The CPython position of a range of the layout text.
    pub fn pos_of(&self, start: usize, end: usize) -> Pos {
        // pest keeps the whitespace skipped before an optional or `*` part
        // that then matched nothing; CPython's ranges end at the last token.
        let text = self.layout.text.as_bytes();
        let mut end = end;
        while end > start && matches!(text[end - 1], b' ' | b'\t' | b'\x0c') {
            end -= 1;
        }
        let (lineno, col_offset) = self.line_col(start);
        let (end_lineno, end_col_offset) = self.line_col(end);
        Pos {
            lineno,
            col_offset,
            end_lineno,
            end_col_offset,
        }
    }

    /// The CPython position of a pair.
    pub fn pos(&self, span: Span<'_>) -> Pos {
        self.pos_of(span.start(), span.end())
    }

    /// A `SyntaxError` labelling the source range of an AST position.
    pub fn error_at(&self, pos: Pos, msg: impl Into<String>) -> SyntaxError {
        let offset = |line: u32, col: u32| {
            let start = self.line_starts[(line as usize).max(1) - 1];
            (start + col as usize).min(self.src.len())
        };
        let start = offset(pos.lineno, pos.col_offset);
        let end = offset(pos.end_lineno, pos.end_col_offset);
        self.error_between(start, end, msg)
    }

    /// A `SyntaxError` labelling `span`.
    pub fn error(&self, span: Span<'_>, msg: impl Into<String>) -> SyntaxError {
        let start = self.layout.original_offset(span.start());
        let end = self.layout.original_offset(span.end());
        self.error_between(start, end, msg)
    }

    /// A `SyntaxError` labelling the source bytes `start..end`.
    fn error_between(&self, start: usize, end: usize, msg: impl Into<String>) -> SyntaxError {
        let len = end.saturating_sub(start);
        SyntaxError::new("SyntaxError", msg, self.src, start, len)
    }

    fn enter(&mut self, span: Span<'_>) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(span, "too many nested parentheses"));
        }
        Ok(())
    }

    // ------------------------------------------------------------ statements

    /// Lowers the `file` rule.
    pub fn file(&mut self, mut pairs: Pairs<'_, Rule>) -> R<Module> {
        let file = pairs.next().expect("file rule");
        let mut body = Vec::new();
        for p in file.into_inner() {
            if p.as_rule() != Rule::EOI {
                self.statement(p, &mut body)?;
            }
        }
        Ok(Module { body })
    }

    /// Lowers one `statement` pair (a compound statement or a line of simple ones) into `out`.
    pub fn statement(&mut self, p: Pair<'_, Rule>, out: &mut Vec<Stmt>) -> R<()> {
        match p.as_rule() {
            Rule::simple_stmts => {
                for s in p.into_inner() {
                    out.push(self.simple_stmt(s)?);
                }
                Ok(())
            }
            _ => {
                out.push(self.compound_stmt(p)?);
                Ok(())
            }
        }
    }

    /// Lowers a `block` pair to its statements.
    pub fn block(&mut self, p: Pair<'_, Rule>) -> R<Vec<Stmt>> {
        debug_assert_eq!(p.as_rule(), Rule::block);
        let mut body = Vec::new();
        for s in p.into_inner() {
            match s.as_rule() {
                Rule::INDENT | Rule::DEDENT => {}
                _ => self.statement(s, &mut body)?,
            }
        }
        Ok(body)
    }

    /// Lowers an `else_block` pair to its statements.
    pub fn else_block(&mut self, p: Pair<'_, Rule>) -> R<Vec<Stmt>> {
        let block = p
            .into_inner()
            .find(|x| x.as_rule() == Rule::block)
            .expect("else has a block");
        self.block(block)
    }

    /// A compound statement's position: from its first token to the end of the last
    /// statement of its last block, as CPython reports it.
    pub fn compound_pos(&self, span: Span<'_>, last_block: &[Stmt]) -> Pos {
        let start = self.pos_of(span.start(), span.start());
        match last_block.last() {
            Some(s) => {
                let mut pos = start.to(s.pos);
                // A `;` closing the last line belongs to the statement too.
                let text = self.layout.text.as_bytes();
                let mut end = span.end().min(text.len());
                while end > span.start()
                    && matches!(
                        text[end - 1],
                        b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' | 1 | 2
                    )
                {
                    end -= 1;
                }
                if end > 0 && text[end - 1] == b';' {
                    let (line, col) = self.line_col(end);
                    if (line, col) > (pos.end_lineno, pos.end_col_offset) {
                        pos.end_lineno = line;
                        pos.end_col_offset = col;
                    }
                }
                pos
            }
            None => self.pos(span),
        }
    }

    fn simple_stmt(&mut self, p: Pair<'_, Rule>) -> R<Stmt> {
        let pos = self.pos(p.as_span());
        let kind = match p.as_rule() {
            Rule::pass_stmt => StmtKind::Pass,
            Rule::break_stmt => StmtKind::Break,
            Rule::continue_stmt => StmtKind::Continue,
            Rule::return_stmt => {
                let value = p
                    .into_inner()
                    .find(|x| x.as_rule() == Rule::star_expressions);
                StmtKind::Return {
                    value: value
                        .map(|v| self.star_expressions(v))
                        .transpose()?
                        .map(Box::new),
                }
            }
            Rule::expr_stmt => return self.expr_stmt(p),
            _ => return self.ext_stmt(p),
        };
        Ok(Stmt { kind, pos })
    }

    fn ext_stmt(&mut self, p: Pair<'_, Rule>) -> R<Stmt> {
        let rule = p.as_rule();
        for ext in extension::registry() {
            if ext.statement_rules().contains(&rule) {
                return ext.lower_statement(p, self);
            }
        }
        Err(self.error(
            p.as_span(),
            format!("no extension lowers the grammar rule `{rule:?}`"),
        ))
    }

    fn expr_stmt(&mut self, p: Pair<'_, Rule>) -> R<Stmt> {
        let pos = self.pos(p.as_span());
        let mut inner = p.into_inner();
        let first = inner.next().expect("expr_stmt starts with expressions");
        let Some(next) = inner.next() else {
            let value = self.star_expressions(first)?;
            return Ok(Stmt {
                kind: StmtKind::Expr {
                    value: Box::new(value),
                },
                pos,
            });
        };
        if next.as_rule() == Rule::augassign {
            let op = match next.as_str() {
                "+=" => Operator::Add,
                "-=" => Operator::Sub,
                "*=" => Operator::Mult,
                "@=" => Operator::MatMult,
                "/=" => Operator::Div,
                "%=" => Operator::Mod,
                "&=" => Operator::BitAnd,
                "|=" => Operator::BitOr,
                "^=" => Operator::BitXor,
                "<<=" => Operator::LShift,
                ">>=" => Operator::RShift,
                "**=" => Operator::Pow,
                _ => Operator::FloorDiv,
            };
            let span = first.as_span();
            let mut target = self.star_expressions(first)?;
            match &target.kind {
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                }
                _ => {
                    let what = describe(&target);
                    return Err(self.error(
                        span,
                        format!("'{what}' is an illegal expression for augmented assignment"),
                    ));
                }
            }
            set_store(&mut target).map_err(|_| self.error(span, "invalid target"))?;
            let value = self.star_expressions(inner.next().expect("augassign has a value"))?;
            return Ok(Stmt {
                kind: StmtKind::AugAssign {
                    target: Box::new(target),
                    op,
                    value: Box::new(value),
                },
                pos,
            });
        }
        // Assignment: every expression but the last is a target.
        let mut exprs = vec![first];
        exprs.push(next.into_inner().next().expect("assign_tail has a value"));
        for tail in inner {
            exprs.push(tail.into_inner().next().expect("assign_tail has a value"));
        }
        let value_pair = exprs.pop().expect("at least two parts");
        // Whether the part after the first `=` is a bare operand followed by another
        // `=`, which stops CPython's "Maybe you meant '=='" rule from firing.
        let second = exprs.get(1).unwrap_or(&value_pair).clone();
        let second_chained = exprs.len() > 1;
        let second_text = second.as_str().to_string();
        let mut targets = Vec::with_capacity(exprs.len());
        for t in exprs {
            let mut e = self.star_expressions(t)?;
            if let Err((bad, at)) = set_store(&mut e) {
                let first = targets.first().unwrap_or(&e);
                let second = Lowerer::new(self.src, self.layout)
                    .star_expressions(second)
                    .ok();
                return Err(
                    match equals_hint(first, &second_text, second.as_ref(), second_chained) {
                        Some((pos, msg)) => self.error_at(pos, msg),
                        None => self.error_at(at, format!("cannot assign to {bad}")),
                    },
                );
            }
            targets.push(e);
        }
        let value = self.star_expressions(value_pair)?;
        Ok(Stmt {
            kind: StmtKind::Assign {
                targets,
                value: Box::new(value),
            },
            pos,
        })
    }

    fn compound_stmt(&mut self, p: Pair<'_, Rule>) -> R<Stmt> {
        match p.as_rule() {
            Rule::if_stmt => self.if_stmt(p),
            Rule::while_stmt => {
                let span = p.as_span();
                let mut test = None;
                let mut body = Vec::new();
                let mut orelse = Vec::new();
                for x in p.into_inner() {
                    match x.as_rule() {
                        Rule::expression => test = Some(self.expression(x)?),
                        Rule::block => body = self.block(x)?,
                        Rule::else_block => orelse = self.else_block(x)?,
                        _ => {}
                    }
                }
                let pos = self.compound_pos(span, if orelse.is_empty() { &body } else { &orelse });
                let test = Box::new(test.expect("while has a test"));
                Ok(Stmt {
                    kind: StmtKind::While { test, body, orelse },
                    pos,
                })
            }
            Rule::for_stmt => {
                let span = p.as_span();
                let mut target = None;
                let mut iter = None;
                let mut body = Vec::new();
                let mut orelse = Vec::new();
                for x in p.into_inner() {
                    match x.as_rule() {
                        Rule::star_targets => {
                            let mut t = self.star_targets(x)?;
                            if let Err((bad, at)) = set_store(&mut t) {
                                return Err(self.error_at(at, format!("cannot assign to {bad}")));
                            }
                            target = Some(t);
                        }
                        Rule::star_expressions => iter = Some(self.star_expressions(x)?),
                        Rule::block => body = self.block(x)?,
                        Rule::else_block => orelse = self.else_block(x)?,
                        _ => {}
                    }
                }
                let pos = self.compound_pos(span, if orelse.is_empty() { &body } else { &orelse });
                Ok(Stmt {
                    kind: StmtKind::For {
                        target: Box::new(target.expect("for has a target")),
                        iter: Box::new(iter.expect("for has an iterable")),
                        body,
                        orelse,
                    },
                    pos,
                })
            }
            Rule::function_def => {
                let span = p.as_span();
                let mut name = String::new();
                let mut args = Arguments::default();
                let mut body = Vec::new();
                for x in p.into_inner() {
                    match x.as_rule() {
                        Rule::identifier => name = x.as_str().to_string(),
                        Rule::parameters => args = self.parameters(x)?,
                        Rule::block => body = self.block(x)?,
                        _ => {}
                    }
                }
                let pos = self.compound_pos(span, &body);
                Ok(Stmt {
                    kind: StmtKind::FunctionDef {
                        name,
                        args: Box::new(args),
                        body,
                        decorator_list: vec![],
                        returns: None,
                    },
                    pos,
                })
            }
            _ => self.ext_stmt(p),
        }
    }

    fn if_stmt(&mut self, p: Pair<'_, Rule>) -> R<Stmt> {
        let span = p.as_span();
        let mut test = None;
        let mut body = Vec::new();
        // (span, test, body) of each elif, then the else block.
        let mut elifs = Vec::new();
        let mut orelse = Vec::new();
        for x in p.into_inner() {
            match x.as_rule() {
                Rule::expression => test = Some(self.expression(x)?),
                Rule::block => body = self.block(x)?,
                Rule::elif_clause => {
                    let espan = x.as_span();
                    let mut etest = None;
                    let mut ebody = Vec::new();
                    for y in x.into_inner() {
                        match y.as_rule() {
                            Rule::expression => etest = Some(self.expression(y)?),
                            Rule::block => ebody = self.block(y)?,
                            _ => {}
                        }
                    }
                    elifs.push((espan, etest.expect("elif has a test"), ebody));
                }
                Rule::else_block => orelse = self.else_block(x)?,
                _ => {}
            }
        }
        // `elif` chains nest from the inside out; each `If` ends where its last block ends.
        for (espan, etest, ebody) in elifs.into_iter().rev() {
            let last = if orelse.is_empty() { &ebody } else { &orelse };
            let pos = self.compound_pos(espan, last);
            let nested = Stmt {
                kind: StmtKind::If {
                    test: Box::new(etest),
                    body: ebody,
                    orelse,
                },
                pos,
            };
            orelse = vec![nested];
        }
        let pos = self.compound_pos(span, if orelse.is_empty() { &body } else { &orelse });
        Ok(Stmt {
            kind: StmtKind::If {
                test: Box::new(test.expect("if has a test")),
                body,
                orelse,
            },
            pos,
        })
    }

    fn parameters(&mut self, p: Pair<'_, Rule>) -> R<Arguments> {
        let mut args = Arguments::default();
        for param in p.into_inner().filter(|x| x.as_rule() == Rule::param) {
            let pspan = param.as_span();
            let mut inner = param.into_inner();
            let name = inner.next().expect("param has a name");
            let apos = self.pos(name.as_span());
            let id = name.as_str().to_string();
            match inner.next() {
                Some(default) => args.defaults.push(self.expression(default)?),
                None if !args.defaults.is_empty() => {
                    return Err(self.error(
                        pspan,
                        "parameter without a default follows parameter with a default",
                    ));
                }
                None => {}
            }
            args.args.push(Arg {
                arg: id,
                annotation: None,
                pos: apos,
            });
        }
        Ok(args)
    }

    // ------------------------------------------------------------ expressions

    /// Lowers `star_expressions`: a tuple when there is a comma.
    pub fn star_expressions(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        self.maybe_tuple(p)
    }

    fn star_targets(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        self.maybe_tuple(p)
    }

    fn maybe_tuple(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        let pos = self.pos(p.as_span());
        let mut elts = Vec::new();
        let mut comma = false;
        for x in p.into_inner() {
            match x.as_rule() {
                Rule::comma => comma = true,
                _ => elts.push(self.expression_like(x)?.0),
            }
        }
        if !comma {
            return Ok(elts.pop().expect("one expression"));
        }
        Ok(Expr {
            kind: ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            pos,
        })
    }

    /// Lowers any expression-level pair (`expression`, `bitwise_or`, ...).
    fn expression_like(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        match p.as_rule() {
            Rule::expression => self.expression_spanned(p),
            Rule::bitwise_or => self.bitwise_or(p),
            r => unreachable!("not an expression rule: {r:?}"),
        }
    }

    /// Lowers an `expression` pair.
    pub fn expression(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        Ok(self.expression_spanned(p)?.0)
    }

    fn expression_spanned(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        let span = p.as_span();
        self.enter(span)?;
        let r = self.expression_inner(p);
        self.depth -= 1;
        r
    }

    fn expression_inner(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        let span = p.as_span();
        let mut inner = p.into_inner();
        let first = inner.next().expect("expression has content");
        if first.as_rule() == Rule::lambdef {
            let e = self.lambdef(first)?;
            return Ok((e, span.start(), span.end()));
        }
        let body = self.disjunction(first)?;
        let mut rest = inner.filter(|x| !matches!(x.as_rule(), Rule::kw_if | Rule::kw_else));
        let Some(test) = rest.next() else {
            return Ok(body);
        };
        let test = self.disjunction(test)?.0;
        let orelse = self.expression(rest.next().expect("conditional has else"))?;
        let e = Expr {
            kind: ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body.0),
                orelse: Box::new(orelse),
            },
            pos: self.pos(span),
        };
        Ok((e, span.start(), span.end()))
    }

    fn lambdef(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        let pos = self.pos(p.as_span());
        let mut args = Arguments::default();
        let mut body = None;
        for x in p.into_inner() {
            match x.as_rule() {
                Rule::lambda_params => args = self.parameters(x)?,
                Rule::expression => body = Some(self.expression(x)?),
                _ => {}
            }
        }
        Ok(Expr {
            kind: ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body.expect("lambda body")),
            },
            pos,
        })
    }

    fn bool_chain(&mut self, p: Pair<'_, Rule>, op: BoolOperator) -> R<Spanned> {
        let span = p.as_span();
        let mut values = Vec::new();
        let mut last = None;
        for x in p.into_inner() {
            let v = match x.as_rule() {
                Rule::kw_or | Rule::kw_and => continue,
                Rule::conjunction => self.bool_chain(x, BoolOperator::And)?,
                Rule::inversion => self.inversion(x)?,
                r => unreachable!("{r:?} in boolean chain"),
            };
            values.push(v.0.clone());
            last = Some(v);
        }
        if values.len() == 1 {
            return Ok(last.expect("one value"));
        }
        let e = Expr {
            kind: ExprKind::BoolOp { op, values },
            pos: self.pos(span),
        };
        Ok((e, span.start(), span.end()))
    }

    fn disjunction(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        self.bool_chain(p, BoolOperator::Or)
    }

    fn inversion(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        let span = p.as_span();
        let mut inner = p.into_inner();
        let first = inner.next().expect("inversion has content");
        if first.as_rule() == Rule::comparison {
            return self.comparison(first);
        }
        self.enter(span)?;
        let operand = self.inversion(inner.next().expect("not has an operand"));
        self.depth -= 1;
        let e = Expr {
            kind: ExprKind::UnaryOp {
                op: UnaryOperator::Not,
                operand: Box::new(operand?.0),
            },
            pos: self.pos(span),
        };
        Ok((e, span.start(), span.end()))
    }

    fn comparison(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        let span = p.as_span();
        let mut inner = p.into_inner();
        let left = self.bitwise_or(inner.next().expect("comparison has an operand"))?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = inner.next() {
            let text: String = op.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
            ops.push(match text.as_str() {
                "==" => CmpOperator::Eq,
                "!=" => CmpOperator::NotEq,
                "<" => CmpOperator::Lt,
                "<=" => CmpOperator::LtE,
                ">" => CmpOperator::Gt,
                ">=" => CmpOperator::GtE,
                "in" => CmpOperator::In,
                "is" => CmpOperator::Is,
                _ if op.clone().into_inner().next().map(|x| x.as_rule()) == Some(Rule::not_in) => {
                    CmpOperator::NotIn
                }
                _ => CmpOperator::IsNot,
            });
            comparators.push(
                self.bitwise_or(inner.next().expect("comparison operand"))?
                    .0,
            );
        }
        if ops.is_empty() {
            return Ok(left);
        }
        let e = Expr {
            kind: ExprKind::Compare {
                left: Box::new(left.0),
                ops,
                comparators,
            },
            pos: self.pos(span),
        };
        Ok((e, span.start(), span.end()))
    }

    fn bitwise_or(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        let arith = p.into_inner().next().expect("bitwise_or wraps arith");
        self.arith(arith)
    }

    fn arith(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        let span = p.as_span();
        self.enter(span)?;
        // pest's Pratt parser recurses once per prefix operator and per `**` in a
        // chain; bound both before handing it the operands.
        let (mut run, mut longest) = (0usize, 0usize);
        for x in p.clone().into_inner() {
            match x.as_rule() {
                Rule::op_neg | Rule::op_pos | Rule::op_invert | Rule::op_pow => run += 1,
                Rule::primary => {}
                _ => run = 0,
            }
            longest = longest.max(run);
        }
        if longest > MAX_DEPTH {
            self.depth -= 1;
            let start = self.layout.original_offset(span.start());
            return Err(SyntaxError::new(
                "MemoryError",
                super::TOO_COMPLEX,
                self.src,
                start,
                1,
            ));
        }
        let pratt = self.pratt.clone();
        let this = std::cell::RefCell::new(&mut *self);
        let result = pratt
            .map_primary(|x| this.borrow_mut().primary(x))
            .map_prefix(|op, rhs| {
                let rhs = rhs?;
                let uop = match op.as_rule() {
                    Rule::op_neg => UnaryOperator::USub,
                    Rule::op_pos => UnaryOperator::UAdd,
                    _ => UnaryOperator::Invert,
                };
                let start = op.as_span().start();
                let pos = this.borrow().pos_of(start, rhs.2);
                Ok((
                    Expr {
                        kind: ExprKind::UnaryOp {
                            op: uop,
                            operand: Box::new(rhs.0),
                        },
                        pos,
                    },
                    start,
                    rhs.2,
                ))
            })
            .map_infix(|lhs, op, rhs| {
                let (lhs, rhs) = (lhs?, rhs?);
                let pos = this.borrow().pos_of(lhs.1, rhs.2);
                let bop = match op.as_rule() {
                    Rule::op_pow => Operator::Pow,
                    Rule::op_floordiv => Operator::FloorDiv,
                    Rule::op_lshift => Operator::LShift,
                    Rule::op_rshift => Operator::RShift,
                    Rule::op_bitor => Operator::BitOr,
                    Rule::op_bitxor => Operator::BitXor,
                    Rule::op_bitand => Operator::BitAnd,
                    Rule::op_add => Operator::Add,
                    Rule::op_sub => Operator::Sub,
                    Rule::op_mul => Operator::Mult,
                    Rule::op_div => Operator::Div,
                    Rule::op_mod => Operator::Mod,
                    Rule::op_matmul => Operator::MatMult,
                    other => {
                        let ext = extension::registry()
                            .iter()
                            .flat_map(|e| e.infix_operators())
                            .find(|o| o.rule == other)
                            .expect("every infix rule is registered by an extension");
                        let e = (ext.lower)(lhs.0, rhs.0, pos);
                        return Ok((e, lhs.1, rhs.2));
                    }
                };
                let e = Expr {
                    kind: ExprKind::BinOp {
                        left: Box::new(lhs.0),
                        op: bop,
                        right: Box::new(rhs.0),
                    },
                    pos,
                };
                Ok((e, lhs.1, rhs.2))
            })
            .parse(p.into_inner());
        self.depth -= 1;
        result
    }

    fn primary(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        let span = p.as_span();
        let mut inner = p.into_inner();
        let atom = inner.next().expect("primary starts with an atom");
        let mut e = self.atom(atom)?;
        let start = span.start();
        for trailer in inner {
            let t = trailer.into_inner().next().expect("trailer has content");
            let end = t.as_span().end();
            let pos = self.pos_of(start, end);
            let kind = match t.as_rule() {
                Rule::attribute => {
                    let name = t.into_inner().next().expect("attribute name");
                    ExprKind::Attribute {
                        value: Box::new(e.0),
                        attr: name.as_str().to_string(),
                        ctx: ExprContext::Load,
                    }
                }
                Rule::subscript => {
                    let slices = t.into_inner().next().expect("subscript has slices");
                    let slice = self.slices(slices)?;
                    ExprKind::Subscript {
                        value: Box::new(e.0),
                        slice: Box::new(slice),
                        ctx: ExprContext::Load,
                    }
                }
                Rule::call => {
                    let (args, keywords) = match t.into_inner().next() {
                        Some(a) => self.arguments(a)?,
                        None => (vec![], vec![]),
                    };
                    ExprKind::Call {
                        func: Box::new(e.0),
                        args,
                        keywords,
                    }
                }
                r => unreachable!("trailer {r:?}"),
            };
            e = (Expr { kind, pos }, start, end);
        }
        Ok(e)
    }

    fn arguments(&mut self, p: Pair<'_, Rule>) -> R<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        for a in p.into_inner() {
            let x = a.into_inner().next().expect("argument has content");
            if x.as_rule() == Rule::keyword_argument {
                let kpos = self.pos(x.as_span());
                let mut kv = x.into_inner();
                let name = kv.next().expect("keyword name");
                let value = self.expression(kv.next().expect("keyword value"))?;
                keywords.push(Keyword {
                    arg: Some(name.as_str().to_string()),
                    value,
                    pos: kpos,
                });
            } else {
                let span = x.as_span();
                if !keywords.is_empty() {
                    // CPython points just past the offending argument.
                    let end = self.layout.original_offset(span.end());
                    return Err(SyntaxError::new(
                        "SyntaxError",
                        "positional argument follows keyword argument",
                        self.src,
                        end,
                        1,
                    ));
                }
                args.push(self.expression(x)?);
            }
        }
        Ok((args, keywords))
    }

    fn slices(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        let span = p.as_span();
        let mut elts = Vec::new();
        let mut comma = false;
        for item in p.into_inner() {
            if item.as_rule() == Rule::comma {
                comma = true;
                continue;
            }
            let x = item.into_inner().next().expect("slice item has content");
            if x.as_rule() == Rule::slice {
                elts.push(self.slice(x)?);
            } else {
                elts.push(self.expression(x)?);
            }
        }
        if !comma {
            return Ok(elts.pop().expect("one slice"));
        }
        Ok(Expr {
            kind: ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            pos: self.pos(span),
        })
    }

    fn slice(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        let pos = self.pos(p.as_span());
        let (mut lower, mut upper, mut step) = (None, None, None);
        for b in p.into_inner() {
            let which = match b.as_rule() {
                Rule::slice_lower => &mut lower,
                Rule::slice_upper => &mut upper,
                _ => &mut step,
            };
            *which = Some(Box::new(
                self.expression(b.into_inner().next().expect("a bound"))?,
            ));
        }
        Ok(Expr {
            kind: ExprKind::Slice { lower, upper, step },
            pos,
        })
    }

    fn atom(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        let span = p.as_span();
        let pos = self.pos(span);
        let x = p.into_inner().next().expect("atom has content");
        let constant = |value| {
            Ok((
                Expr {
                    kind: ExprKind::Constant { value, kind: None },
                    pos,
                },
                span.start(),
                span.end(),
            ))
        };
        let kind = match x.as_rule() {
            Rule::kw_none => return constant(Constant::None),
            Rule::kw_true => return constant(Constant::Bool(true)),
            Rule::kw_false => return constant(Constant::Bool(false)),
            Rule::ellipsis => return constant(Constant::Ellipsis),
            Rule::identifier => ExprKind::Name {
                id: x.as_str().to_string(),
                ctx: ExprContext::Load,
            },
            Rule::number => {
                let value = literals::number(x.as_str()).map_err(|m| self.error(x.as_span(), m))?;
                return constant(value);
            }
            Rule::strings => {
                // `kind='u'` when the first piece is written `u'...'`, as in CPython.
                let u_prefix = x.as_str().starts_with('u');
                let value = self.strings(x)?;
                let kind = ExprKind::Constant {
                    value,
                    kind: u_prefix.then(|| "u".to_string()),
                };
                return Ok((Expr { kind, pos }, span.start(), span.end()));
            }
            Rule::paren => return self.paren(x),
            Rule::list => {
                let mut elts = Vec::new();
                for e in x.into_inner() {
                    elts.push(self.expression(e)?);
                }
                ExprKind::List {
                    elts,
                    ctx: ExprContext::Load,
                }
            }
            Rule::dict => {
                let mut keys = Vec::new();
                let mut values = Vec::new();
                for kv in x.into_inner() {
                    let mut it = kv.into_inner();
                    keys.push(Some(self.expression(it.next().expect("key"))?));
                    values.push(self.expression(it.next().expect("value"))?);
                }
                ExprKind::Dict { keys, values }
            }
            other => {
                for ext in extension::registry() {
                    if ext.atom_rules().contains(&other) {
                        let e = ext.lower_atom(x, self)?;
                        return Ok((e, span.start(), span.end()));
                    }
                }
                unreachable!("atom {other:?}")
            }
        };
        Ok((Expr { kind, pos }, span.start(), span.end()))
    }

    fn paren(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        let span = p.as_span();
        let mut elts = Vec::new();
        let mut comma = false;
        for x in p.into_inner() {
            match x.as_rule() {
                Rule::comma => comma = true,
                _ => elts.push(self.expression(x)?),
            }
        }
        if elts.len() == 1 && !comma {
            // A parenthesised expression keeps its own position; the parentheses
            // only widen the span its parent sees.
            return Ok((elts.pop().expect("one element"), span.start(), span.end()));
        }
        let e = Expr {
            kind: ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            pos: self.pos(span),
        };
        Ok((e, span.start(), span.end()))
    }

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

    fn strings(&mut self, p: Pair<'_, Rule>) -> R<Constant> {
        let mut text: Option<String> = None;
        let mut bytes: Option<Vec<u8>> = None;
        let end = p.as_span().end();
        for s in p.into_inner() {
            let span = s.as_span();
            let piece = literals::string(s.as_str()).map_err(|m| self.error(span, m))?;
            match piece {
                Piece::Str(t) => {
                    if bytes.is_some() {
                        return Err(self.mix_error(end));
                    }
                    text.get_or_insert_with(String::new).push_str(&t);
                }
                Piece::Bytes(b) => {
                    if text.is_some() {
                        return Err(self.mix_error(end));
                    }
                    bytes.get_or_insert_with(Vec::new).extend(b);
                }
            }
        }
        Ok(match bytes {
            Some(b) => Constant::Bytes(b),
            None => Constant::Str(text.unwrap_or_default()),
        })
    }
}

/// The Pratt table for binary and unary arithmetic, lowest precedence first;
/// extension operators join the level they ask for.
fn arith_parser() -> PrattParser<Rule> {
    use extension::Precedence as P;
    let ext_ops = |level: P| -> Vec<Rule> {
        extension::registry()
            .iter()
            .flat_map(|e| e.infix_operators())
            .filter(|o| o.precedence == level)
            .map(|o| o.rule)
            .collect()
    };
    let level = |core: Op<Rule>, lvl: P, assoc: Assoc| {
        ext_ops(lvl)
            .into_iter()
            .fold(core, |acc, r| acc | Op::infix(r, assoc))
    };
    PrattParser::new()
        .op(level(
            Op::infix(Rule::op_bitor, Assoc::Left),
            P::BitOr,
            Assoc::Left,
        ))
        .op(level(
            Op::infix(Rule::op_bitxor, Assoc::Left),
            P::BitXor,
            Assoc::Left,
        ))
        .op(level(
            Op::infix(Rule::op_bitand, Assoc::Left),
            P::BitAnd,
            Assoc::Left,
        ))
        .op(level(
            Op::infix(Rule::op_lshift, Assoc::Left) | Op::infix(Rule::op_rshift, Assoc::Left),
            P::Shift,
            Assoc::Left,
        ))
        .op(level(
            Op::infix(Rule::op_add, Assoc::Left) | Op::infix(Rule::op_sub, Assoc::Left),
            P::Sum,
            Assoc::Left,
        ))
        .op(level(
            Op::infix(Rule::op_mul, Assoc::Left)
                | Op::infix(Rule::op_div, Assoc::Left)
                | Op::infix(Rule::op_floordiv, Assoc::Left)
                | Op::infix(Rule::op_mod, Assoc::Left)
                | Op::infix(Rule::op_matmul, Assoc::Left),
            P::Term,
            Assoc::Left,
        ))
        .op(Op::prefix(Rule::op_neg) | Op::prefix(Rule::op_pos) | Op::prefix(Rule::op_invert))
        .op(level(
            Op::infix(Rule::op_pow, Assoc::Right),
            P::Power,
            Assoc::Right,
        ))
}

/// What CPython calls an expression in "cannot assign to ..." messages.
pub(crate) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant {
            value: Constant::Ellipsis,
            ..
        } => "ellipsis",
        ExprKind::Constant {
            value: Constant::None,
            ..
        } => "None",
        ExprKind::Constant {
            value: Constant::Bool(true),
            ..
        } => "True",
        ExprKind::Constant {
            value: Constant::Bool(false),
            ..
        } => "False",
        ExprKind::Constant { .. } => "literal",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Turns an expression into an assignment target (`ctx=Store()`), or returns
/// the innermost part that cannot be assigned to: its name and position.
pub fn set_store(e: &mut Expr) -> Result<(), (&'static str, Pos)> {
    let what = describe(e);
    let pos = e.pos;
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => {
            *ctx = ExprContext::Store;
            Ok(())
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = ExprContext::Store;
            elts.iter_mut().try_for_each(set_store)
        }
        _ => Err((what, pos)),
    }
}

/// CPython's `name = value` hint for an invalid statement that starts with
/// `first =`: when the operand after the first `=` is not itself followed by `=`,
/// the `=` was probably meant as `==` (or `:=` after a bare name). `first` is the
/// first target; inside an unparenthesized tuple its last element is what is
/// checked.
pub(crate) fn equals_hint(
    first: &Expr,
    second_text: &str,
    second: Option<&Expr>,
    second_chained: bool,
) -> Option<(Pos, String)> {
    let candidate = match &first.kind {
        ExprKind::Tuple { elts, .. } => {
            let last = elts.last()?;
            // Parenthesized tuples end at their `)`, after the last element.
            let bare = (last.pos.end_lineno, last.pos.end_col_offset)
                == (first.pos.end_lineno, first.pos.end_col_offset);
            if !bare {
                return None;
            }
            last
        }
        ExprKind::List { .. } => return None,
        _ => first,
    };
    if matches!(
        candidate.kind,
        ExprKind::Tuple { .. } | ExprKind::List { .. }
    ) || !hint_applies(candidate)
        || !starts_operand(second_text)
    {
        return None;
    }
    // The operand after `=` is all of `second` when that is a plain operand.
    let whole_operand = second.is_some_and(|e| {
        hint_applies(e) && !matches!(e.kind, ExprKind::Tuple { .. } | ExprKind::Compare { .. })
    });
    if whole_operand && second_chained {
        return None;
    }
    let msg = match &candidate.kind {
        ExprKind::Name { .. } => {
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into()
        }
        _ => format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            describe(candidate)
        ),
    };
    Some((candidate.pos, msg))
}

/// Whether `text` starts with an operand rather than `not`, `lambda`, `yield` or
/// a star.
pub(crate) fn starts_operand(text: &str) -> bool {
    let text = text.trim_start();
    !["not", "lambda", "yield", "*"].iter().any(|k| {
        text.starts_with(k)
            && (*k == "*"
                || !text[k.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
    })
}

/// Whether CPython's "Maybe you meant '=='" hint can apply to `e`: an expression
/// at the `bitwise_or` level other than the `None`/`True`/`False` keywords.
pub(crate) fn hint_applies(e: &Expr) -> bool {
    !matches!(
        &e.kind,
        ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::UnaryOp {
                op: UnaryOperator::Not,
                ..
            }
            | ExprKind::Constant {
                value: Constant::None | Constant::Bool(_),
                ..
            }
    )
}
