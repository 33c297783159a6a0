//! Lowering: pest's parse tree → [`crate::ast`] nodes with CPython's positions
//! (the node-building half of CPython's `Parser/action_helpers.c`).
//!
//! One method per grammar rule, named after it; statements are here, the rest
//! in [`expr`], [`strings`], [`pattern`] and [`targets`]. [`Lowerer`] is also the
//! API that an extension's statement lowering uses to build its children.

mod expr;
mod pattern;
mod strings;
pub mod targets;

use pest::Span;
use pest::iterators::{Pair, Pairs};

use super::Rule;
use super::layout::Layout;
use crate::ast::*;
use crate::error::SyntaxError;
use crate::extension;
pub(crate) use targets::{describe, equals_hint, set_del, set_store};

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

    /// The CPython position of a range of the layout text taken as it is (for
    /// text inside string literals, where whitespace counts).
    pub fn pos_exact(&self, start: usize, end: usize) -> Pos {
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
        let span = p.as_span();
        let pos = self.pos(span);
        let rule = p.as_rule();
        let kind = match rule {
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
            Rule::raise_stmt => {
                let mut parts = p.into_inner().filter(|x| x.as_rule() == Rule::expression);
                let exc = parts.next().map(|x| self.expression(x)).transpose()?;
                let cause = parts.next().map(|x| self.expression(x)).transpose()?;
                StmtKind::Raise {
                    exc: exc.map(Box::new),
                    cause: cause.map(Box::new),
                }
            }
            Rule::global_stmt | Rule::nonlocal_stmt => {
                let names = p
                    .into_inner()
                    .filter(|x| x.as_rule() == Rule::identifier)
                    .map(|x| ident(x.as_str()))
                    .collect();
                if rule == Rule::global_stmt {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            Rule::del_stmt => {
                let targets = p
                    .into_inner()
                    .find(|x| x.as_rule() == Rule::star_targets)
                    .expect("del has targets");
                let mut elts = Vec::new();
                for t in targets.into_inner() {
                    if t.as_rule() == Rule::comma {
                        continue;
                    }
                    let mut e = self.expression_like(t)?.0;
                    if let Err((bad, at)) = set_del(&mut e) {
                        return Err(self.error_at(at, format!("cannot delete {bad}")));
                    }
                    elts.push(e);
                }
                StmtKind::Delete { targets: elts }
            }
            Rule::assert_stmt => {
                let mut parts = p.into_inner().filter(|x| x.as_rule() == Rule::expression);
                let test = self.expression(parts.next().expect("assert has a test"))?;
                let msg = parts.next().map(|x| self.expression(x)).transpose()?;
                StmtKind::Assert {
                    test: Box::new(test),
                    msg: msg.map(Box::new),
                }
            }
            Rule::import_stmt => {
                let mut names = Vec::new();
                for d in p
                    .into_inner()
                    .filter(|x| x.as_rule() == Rule::dotted_as_name)
                {
                    names.push(self.alias(d));
                }
                StmtKind::Import { names }
            }
            Rule::import_from => self.import_from(p)?,
            Rule::type_alias => {
                let mut name = None;
                let mut type_params = Vec::new();
                let mut value = None;
                for x in p.into_inner() {
                    match x.as_rule() {
                        Rule::identifier => {
                            name = Some(Expr {
                                kind: ExprKind::Name {
                                    id: ident(x.as_str()),
                                    ctx: ExprContext::Store,
                                },
                                pos: self.pos(x.as_span()),
                            })
                        }
                        Rule::type_params => type_params = self.type_params(x)?,
                        Rule::expression => value = Some(self.expression(x)?),
                        _ => {}
                    }
                }
                StmtKind::TypeAlias {
                    name: Box::new(name.expect("type alias has a name")),
                    type_params,
                    value: Box::new(value.expect("type alias has a value")),
                }
            }
            Rule::expr_stmt => return self.expr_stmt(p),
            _ => return self.ext_stmt(p),
        };
        Ok(Stmt { kind, pos })
    }

    /// An `alias` of `import a.b as c` or `from m import a as b`.
    fn alias(&mut self, p: Pair<'_, Rule>) -> Alias {
        let pos = self.pos(p.as_span());
        let mut inner = p.into_inner().filter(|x| x.as_rule() != Rule::kw_as);
        let name = inner.next().expect("alias has a name");
        let name = if name.as_rule() == Rule::dotted_name {
            dotted(name.as_str())
        } else {
            ident(name.as_str())
        };
        let asname = inner.next().map(|x| ident(x.as_str()));
        Alias { name, asname, pos }
    }

    fn import_from(&mut self, p: Pair<'_, Rule>) -> R<StmtKind> {
        let mut module = None;
        let mut level = 0;
        let mut names = Vec::new();
        for x in p.into_inner() {
            match x.as_rule() {
                Rule::import_dots => {
                    level = x.as_str().bytes().filter(|&b| b == b'.').count() as u32
                }
                Rule::dotted_name => module = Some(dotted(x.as_str())),
                Rule::import_targets => {
                    for t in x.into_inner() {
                        match t.as_rule() {
                            Rule::import_star => names.push(Alias {
                                name: "*".to_string(),
                                asname: None,
                                pos: self.pos(t.as_span()),
                            }),
                            _ => names.push(self.alias(t)),
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
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

    /// The right-hand side of an assignment: `yield ...` or expressions.
    fn assign_rhs(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        match p.as_rule() {
            Rule::yield_expr => self.yield_expr(p),
            _ => self.star_expressions(p),
        }
    }

    fn expr_stmt(&mut self, p: Pair<'_, Rule>) -> R<Stmt> {
        let pos = self.pos(p.as_span());
        let mut inner = p.into_inner();
        let first = inner.next().expect("expr_stmt starts with expressions");
        let Some(next) = inner.next() else {
            let value = self.assign_rhs(first)?;
            return Ok(Stmt {
                kind: StmtKind::Expr {
                    value: Box::new(value),
                },
                pos,
            });
        };
        if next.as_rule() == Rule::annotation {
            return self.ann_assign(first, next, pos);
        }
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
            let mut target = self.assign_rhs(first)?;
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
            let value = self.assign_rhs(inner.next().expect("augassign has a value"))?;
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
            let mut e = self.assign_rhs(t)?;
            if let Err((bad, at)) = set_store(&mut e) {
                let first = targets.first().unwrap_or(&e);
                let second = Lowerer::new(self.src, self.layout).assign_rhs(second).ok();
                return Err(
                    match equals_hint(first, &second_text, second.as_ref(), second_chained) {
                        Some((pos, msg)) => self.error_at(pos, msg),
                        None => self.error_at(at, format!("cannot assign to {bad}")),
                    },
                );
            }
            targets.push(e);
        }
        let value = self.assign_rhs(value_pair)?;
        Ok(Stmt {
            kind: StmtKind::Assign {
                targets,
                value: Box::new(value),
            },
            pos,
        })
    }

    fn ann_assign(&mut self, target: Pair<'_, Rule>, ann: Pair<'_, Rule>, pos: Pos) -> R<Stmt> {
        let tspan = target.as_span();
        let mut target = self.assign_rhs(target)?;
        // `simple` is 1 for a bare name: one whose position covers all its text.
        let bare = self.pos(tspan) == target.pos;
        let simple = bare && matches!(target.kind, ExprKind::Name { .. });
        match &target.kind {
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            ExprKind::Tuple { .. } => {
                return Err(self.error_at(
                    target.pos,
                    "only single target (not tuple) can be annotated",
                ));
            }
            ExprKind::List { .. } => {
                return Err(
                    self.error_at(target.pos, "only single target (not list) can be annotated")
                );
            }
            _ => return Err(self.error_at(target.pos, "illegal target for annotation")),
        }
        set_store(&mut target).map_err(|(_, at)| self.error_at(at, "invalid target"))?;
        let mut inner = ann.into_inner();
        let annotation = self.expression(inner.next().expect("annotation"))?;
        let value = inner.next().map(|v| self.assign_rhs(v)).transpose()?;
        Ok(Stmt {
            kind: StmtKind::AnnAssign {
                target: Box::new(target),
                annotation: Box::new(annotation),
                value: value.map(Box::new),
                simple,
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
                        Rule::named_expression => test = Some(self.named_expression(x)?),
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
            Rule::for_stmt => self.for_stmt(p, false, None),
            Rule::with_stmt => self.with_stmt(p, false, None),
            Rule::function_def => self.function_def(p, Vec::new(), None),
            Rule::class_def => self.class_def(p, Vec::new()),
            Rule::try_stmt => self.try_stmt(p),
            Rule::decorated => {
                let mut decorators = Vec::new();
                let mut stmt = None;
                for x in p.into_inner() {
                    match x.as_rule() {
                        Rule::decorator => {
                            let e = x.into_inner().next().expect("decorator expression");
                            decorators.push(self.named_expression(e)?);
                        }
                        Rule::function_def => {
                            stmt = Some(self.function_def(x, decorators.split_off(0), None)?)
                        }
                        Rule::class_def => stmt = Some(self.class_def(x, decorators.split_off(0))?),
                        Rule::async_stmt => {
                            stmt = Some(self.async_stmt(x, decorators.split_off(0))?)
                        }
                        _ => {}
                    }
                }
                Ok(stmt.expect("decorated has a definition"))
            }
            Rule::async_stmt => self.async_stmt(p, Vec::new()),
            Rule::match_stmt => self.match_stmt(p),
            _ => self.ext_stmt(p),
        }
    }

    fn async_stmt(&mut self, p: Pair<'_, Rule>, decorators: Vec<Expr>) -> R<Stmt> {
        let start = p.as_span();
        let inner = p
            .into_inner()
            .find(|x| x.as_rule() != Rule::kw_async)
            .expect("async has a statement");
        match inner.as_rule() {
            Rule::function_def => self.function_def(inner, decorators, Some(start)),
            Rule::for_stmt => self.for_stmt(inner, true, Some(start)),
            _ => self.with_stmt(inner, true, Some(start)),
        }
    }

    /// The position of a compound statement that may start earlier than its
    /// own rule (at `async`).
    fn compound_pos_from(&self, outer: Option<Span<'_>>, span: Span<'_>, last: &[Stmt]) -> Pos {
        let mut pos = self.compound_pos(span, last);
        if let Some(o) = outer {
            let start = self.pos_of(o.start(), o.start());
            pos.lineno = start.lineno;
            pos.col_offset = start.col_offset;
        }
        pos
    }

    fn for_stmt(&mut self, p: Pair<'_, Rule>, is_async: bool, outer: Option<Span<'_>>) -> R<Stmt> {
        let span = p.as_span();
        let mut target = None;
        let mut iter = None;
        let mut body = Vec::new();
        let mut orelse = Vec::new();
        for x in p.into_inner() {
            match x.as_rule() {
                Rule::star_targets => target = Some(self.target(x)?),
                Rule::star_expressions => iter = Some(self.star_expressions(x)?),
                Rule::block => body = self.block(x)?,
                Rule::else_block => orelse = self.else_block(x)?,
                _ => {}
            }
        }
        let pos =
            self.compound_pos_from(outer, span, if orelse.is_empty() { &body } else { &orelse });
        Ok(Stmt {
            kind: StmtKind::For {
                target: Box::new(target.expect("for has a target")),
                iter: Box::new(iter.expect("for has an iterable")),
                body,
                orelse,
                is_async,
            },
            pos,
        })
    }

    /// Lowers `star_targets` (of `for` or a comprehension) into a `Store` target.
    fn target(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        let mut t = self.maybe_tuple(p)?;
        if let Err((bad, at)) = set_store(&mut t) {
            return Err(self.error_at(at, format!("cannot assign to {bad}")));
        }
        Ok(t)
    }

    fn with_stmt(&mut self, p: Pair<'_, Rule>, is_async: bool, outer: Option<Span<'_>>) -> R<Stmt> {
        let span = p.as_span();
        let mut items = Vec::new();
        let mut body = Vec::new();
        for x in p.into_inner() {
            match x.as_rule() {
                Rule::with_item => items.push(self.with_item(x)?),
                Rule::with_group => {
                    for y in x.into_inner() {
                        items.push(self.with_item(y)?);
                    }
                }
                Rule::block => body = self.block(x)?,
                _ => {}
            }
        }
        let pos = self.compound_pos_from(outer, span, &body);
        Ok(Stmt {
            kind: StmtKind::With {
                items,
                body,
                is_async,
            },
            pos,
        })
    }

    fn with_item(&mut self, p: Pair<'_, Rule>) -> R<WithItem> {
        let mut inner = p.into_inner().filter(|x| x.as_rule() != Rule::kw_as);
        let context_expr = self.expression(inner.next().expect("with item has an expression"))?;
        let optional_vars = match inner.next() {
            Some(t) => {
                let mut e = self.expression_like(t)?.0;
                if let Err((bad, at)) = set_store(&mut e) {
                    return Err(self.error_at(at, format!("cannot assign to {bad}")));
                }
                Some(e)
            }
            None => None,
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    fn try_stmt(&mut self, p: Pair<'_, Rule>) -> R<Stmt> {
        let span = p.as_span();
        let mut body = Vec::new();
        let mut handlers = Vec::new();
        let mut orelse = Vec::new();
        let mut finalbody = Vec::new();
        let (mut plain, mut star) = (false, false);
        for x in p.into_inner() {
            match x.as_rule() {
                Rule::block => body = self.block(x)?,
                Rule::except_clause => {
                    let hspan = x.as_span();
                    let mut type_ = None;
                    let mut name = None;
                    let mut hbody = Vec::new();
                    let mut is_star = false;
                    // Where `except` (or `except*`) and the colon are.
                    let (mut head, mut colon) = (hspan, hspan);
                    for y in x.into_inner() {
                        match y.as_rule() {
                            Rule::kw_except => head = y.as_span(),
                            Rule::COLON => colon = y.as_span(),
                            Rule::except_star => {
                                is_star = true;
                                head = head.start_pos().span(&y.as_span().end_pos());
                            }
                            Rule::expression => type_ = Some(self.expression(y)?),
                            Rule::identifier => name = Some(ident(y.as_str())),
                            Rule::block => hbody = self.block(y)?,
                            _ => {}
                        }
                    }
                    if is_star && type_.is_none() {
                        return Err(self.error(colon, "expected one or more exception types"));
                    }
                    plain |= !is_star;
                    star |= is_star;
                    if plain && star {
                        return Err(self.error(
                            head,
                            "cannot have both 'except' and 'except*' on the same 'try'",
                        ));
                    }
                    let pos = self.compound_pos(hspan, &hbody);
                    handlers.push(ExceptHandler {
                        type_,
                        name,
                        body: hbody,
                        pos,
                    });
                }
                Rule::else_block => orelse = self.else_block(x)?,
                Rule::finally_block => {
                    let b = x
                        .into_inner()
                        .find(|y| y.as_rule() == Rule::block)
                        .expect("finally has a block");
                    finalbody = self.block(b)?;
                }
                _ => {}
            }
        }
        let last: &[Stmt] = if !finalbody.is_empty() {
            &finalbody
        } else if !orelse.is_empty() {
            &orelse
        } else {
            handlers.last().map_or(&body[..], |h| &h.body[..])
        };
        let pos = self.compound_pos(span, last);
        Ok(Stmt {
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star: star,
            },
            pos,
        })
    }

    fn function_def(
        &mut self,
        p: Pair<'_, Rule>,
        decorator_list: Vec<Expr>,
        outer: Option<Span<'_>>,
    ) -> R<Stmt> {
        let span = p.as_span();
        let mut name = String::new();
        let mut args = Arguments::default();
        let mut body = Vec::new();
        let mut returns = None;
        let mut type_params = Vec::new();
        for x in p.into_inner() {
            match x.as_rule() {
                Rule::identifier => name = ident(x.as_str()),
                Rule::type_params => type_params = self.type_params(x)?,
                Rule::parameters => args = self.parameters(x)?,
                Rule::returns => {
                    let e = x.into_inner().next().expect("return annotation");
                    returns = Some(Box::new(self.expression(e)?));
                }
                Rule::block => body = self.block(x)?,
                _ => {}
            }
        }
        let pos = self.compound_pos_from(outer, span, &body);
        Ok(Stmt {
            kind: StmtKind::FunctionDef {
                name,
                args: Box::new(args),
                body,
                decorator_list,
                returns,
                type_params,
                is_async: outer.is_some(),
            },
            pos,
        })
    }

    fn class_def(&mut self, p: Pair<'_, Rule>, decorator_list: Vec<Expr>) -> R<Stmt> {
        let span = p.as_span();
        let mut name = String::new();
        let mut bases = Vec::new();
        let mut keywords = Vec::new();
        let mut body = Vec::new();
        let mut type_params = Vec::new();
        for x in p.into_inner() {
            match x.as_rule() {
                Rule::identifier => name = ident(x.as_str()),
                Rule::type_params => type_params = self.type_params(x)?,
                // Without call parentheses a generator argument is refused.
                Rule::arguments => (bases, keywords) = self.arguments(x, None)?,
                Rule::block => body = self.block(x)?,
                _ => {}
            }
        }
        let pos = self.compound_pos(span, &body);
        Ok(Stmt {
            kind: StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
                type_params,
            },
            pos,
        })
    }

    fn type_params(&mut self, p: Pair<'_, Rule>) -> R<Vec<TypeParam>> {
        let mut out = Vec::new();
        for t in p.into_inner() {
            let pos = self.pos(t.as_span());
            let rule = t.as_rule();
            let mut name = String::new();
            let mut bound = None;
            let mut default_value = None;
            for x in t.into_inner() {
                match x.as_rule() {
                    Rule::identifier => name = ident(x.as_str()),
                    Rule::expression => bound = Some(Box::new(self.expression(x)?)),
                    Rule::type_default => {
                        let d = x.into_inner().next().expect("default");
                        default_value = Some(Box::new(self.expression_like(d)?.0));
                    }
                    _ => {}
                }
            }
            let kind = match rule {
                Rule::type_var => TypeParamKind::TypeVar { bound },
                Rule::param_spec => TypeParamKind::ParamSpec,
                _ => TypeParamKind::TypeVarTuple,
            };
            out.push(TypeParam {
                kind,
                name,
                default_value,
                pos,
            });
        }
        Ok(out)
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
                Rule::named_expression => test = Some(self.named_expression(x)?),
                Rule::block => body = self.block(x)?,
                Rule::elif_clause => {
                    let espan = x.as_span();
                    let mut etest = None;
                    let mut ebody = Vec::new();
                    for y in x.into_inner() {
                        match y.as_rule() {
                            Rule::named_expression => etest = Some(self.named_expression(y)?),
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

    fn arg(&mut self, p: Pair<'_, Rule>) -> R<(Arg, Option<Expr>)> {
        let mut inner = p.into_inner();
        let name = inner.next().expect("param has a name");
        let start = name.as_span().start();
        let mut pos = self.pos(name.as_span());
        let mut annotation = None;
        let mut default = None;
        for x in inner {
            match x.as_rule() {
                Rule::param_annotation => {
                    // The parameter ends where its annotation does, parentheses included.
                    let end = x.as_span().end();
                    let e = self.expression(x.into_inner().next().expect("annotation"))?;
                    pos = self.pos_of(start, end);
                    annotation = Some(Box::new(e));
                }
                _ => default = Some(self.expression(x.into_inner().next().expect("default"))?),
            }
        }
        let arg = Arg {
            arg: ident(name.as_str()),
            annotation,
            pos,
        };
        Ok((arg, default))
    }

    /// Lowers `parameters` or `lambda_params`, checking their order as CPython does.
    fn parameters(&mut self, p: Pair<'_, Rule>) -> R<Arguments> {
        let mut args = Arguments::default();
        let mut star = false;
        let mut slash = false;
        let mut kwargs = false;
        let mut bare_star: Option<Span<'_>> = None;
        for item in p.into_inner() {
            let span = item.as_span();
            if kwargs {
                return Err(self.error(span, "arguments cannot follow var-keyword argument"));
            }
            match item.as_rule() {
                Rule::param_slash => {
                    if slash {
                        return Err(self.error(span, "/ may appear only once"));
                    }
                    if star {
                        return Err(self.error(span, "/ must be ahead of *"));
                    }
                    if args.args.is_empty() {
                        return Err(self.error(span, "at least one argument must precede /"));
                    }
                    slash = true;
                    args.posonlyargs = std::mem::take(&mut args.args);
                }
                Rule::param_star | Rule::lambda_star => {
                    if star {
                        return Err(self.error(span, "* argument may appear only once"));
                    }
                    star = true;
                    let mut inner = item.into_inner();
                    match inner.next() {
                        Some(name) => {
                            let start = name.as_span().start();
                            let mut pos = self.pos(name.as_span());
                            let annotation = match inner.next() {
                                Some(a) => {
                                    let (e, _, end) = self.expression_like(a)?;
                                    pos = self.pos_of(start, end);
                                    Some(Box::new(e))
                                }
                                None => None,
                            };
                            args.vararg = Some(Arg {
                                arg: ident(name.as_str()),
                                annotation,
                                pos,
                            });
                        }
                        None => bare_star = Some(span),
                    }
                }
                Rule::param_kwargs | Rule::lambda_kwargs => {
                    let (arg, default) =
                        self.arg(item.into_inner().next().expect("kwargs name"))?;
                    if default.is_some() {
                        return Err(
                            self.error(span, "var-keyword argument cannot have default value")
                        );
                    }
                    kwargs = true;
                    args.kwarg = Some(arg);
                }
                _ => {
                    let (arg, default) = self.arg(item)?;
                    if star {
                        bare_star = None;
                        args.kwonlyargs.push(arg);
                        args.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => args.defaults.push(d),
                            None if !args.defaults.is_empty() => {
                                return Err(self.error(
                                    span,
                                    "parameter without a default follows parameter with a default",
                                ));
                            }
                            None => {}
                        }
                        args.args.push(arg);
                    }
                }
            }
        }
        if let Some(span) = bare_star {
            return Err(self.error(span, "named arguments must follow bare *"));
        }
        Ok(args)
    }

    fn match_stmt(&mut self, p: Pair<'_, Rule>) -> R<Stmt> {
        let span = p.as_span();
        let mut subject = None;
        let mut cases = Vec::new();
        for x in p.into_inner() {
            match x.as_rule() {
                Rule::match_subject => subject = Some(self.maybe_tuple(x)?),
                Rule::case_block => {
                    let mut pattern = None;
                    let mut guard = None;
                    let mut body = Vec::new();
                    for y in x.into_inner() {
                        match y.as_rule() {
                            Rule::patterns => pattern = Some(self.patterns(y)?),
                            Rule::guard => {
                                let e = y
                                    .into_inner()
                                    .find(|z| z.as_rule() == Rule::named_expression)
                                    .expect("guard expression");
                                guard = Some(self.named_expression(e)?);
                            }
                            Rule::block => body = self.block(y)?,
                            _ => {}
                        }
                    }
                    cases.push(MatchCase {
                        pattern: pattern.expect("case has a pattern"),
                        guard,
                        body,
                    });
                }
                _ => {}
            }
        }
        let last = cases.last().map_or(&[][..], |c| &c.body[..]);
        let pos = self.compound_pos(span, last);
        Ok(Stmt {
            kind: StmtKind::Match {
                subject: Box::new(subject.expect("match has a subject")),
                cases,
            },
            pos,
        })
    }
}

/// A dotted name as written, without the whitespace allowed around its dots.
fn dotted(text: &str) -> String {
    ident(
        &text
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>(),
    )
}

/// An identifier as CPython stores it: NFKC-normalized (PEP 3131), so that
/// `ﬁ` and `fi` are one name.
pub(super) fn ident(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    use unicode_normalization::UnicodeNormalization;
    text.nfkc().collect()
}
