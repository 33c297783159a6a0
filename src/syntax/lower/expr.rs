//! Expressions: the operator levels (a precedence climber over the flat `ops`
//! rule), primaries, displays, comprehensions, calls, lambdas and `yield`.

use pest::iterators::Pair;

use super::{Lowerer, MAX_DEPTH, R, Spanned, describe, ident, set_store};
use crate::ast::*;
use crate::error::SyntaxError;
use crate::extension;
use crate::syntax::Rule;

/// An operand of the precedence climber: the expression, its range with
/// parentheses, and whether it is a comparison or boolean chain built by this
/// operator run (and so may be extended: `a < b < c` is one `Compare`,
/// `(a < b) < c` two).
struct Operand {
    e: Expr,
    start: usize,
    end: usize,
    chain: bool,
}

impl Operand {
    fn of(s: Spanned) -> Operand {
        Operand {
            e: s.0,
            start: s.1,
            end: s.2,
            chain: false,
        }
    }
}

/// What an infix operator builds.
#[derive(Clone, Copy)]
enum Infix {
    Bool(BoolOperator),
    Cmp(CmpOperator),
    Bin(Operator),
    /// An extension operator, by its rule.
    Ext(Rule),
}

/// Binding powers, loosest first (CPython's grammar from `disjunction` to `power`).
const OR: u8 = 1;
const AND: u8 = 2;
const NOT: u8 = 3;
const CMP: u8 = 4;
const UNARY: u8 = 11;
const POW: u8 = 12;

/// The binding power of an arithmetic precedence level.
fn level(p: extension::Precedence) -> u8 {
    use extension::Precedence as P;
    match p {
        P::BitOr => 5,
        P::BitXor => 6,
        P::BitAnd => 7,
        P::Shift => 8,
        P::Sum => 9,
        P::Term => 10,
        P::Power => POW,
    }
}

/// An infix operator pair: what it builds and how tightly it binds.
fn infix(op: &Pair<'_, Rule>) -> (Infix, u8) {
    use extension::Precedence as P;
    let text = op.as_str();
    match op.as_rule() {
        Rule::bool_op if text == "or" => (Infix::Bool(BoolOperator::Or), OR),
        Rule::bool_op => (Infix::Bool(BoolOperator::And), AND),
        Rule::comp_op => {
            let cop = match text {
                "==" => CmpOperator::Eq,
                "!=" => CmpOperator::NotEq,
                "<=" => CmpOperator::LtE,
                ">=" => CmpOperator::GtE,
                "<" => CmpOperator::Lt,
                ">" => CmpOperator::Gt,
                "in" => CmpOperator::In,
                "is" => CmpOperator::Is,
                _ if text.starts_with("not") => CmpOperator::NotIn,
                _ => CmpOperator::IsNot,
            };
            (Infix::Cmp(cop), CMP)
        }
        Rule::binary_op => {
            let (bop, lvl) = match text {
                "**" => (Operator::Pow, P::Power),
                "//" => (Operator::FloorDiv, P::Term),
                "<<" => (Operator::LShift, P::Shift),
                ">>" => (Operator::RShift, P::Shift),
                "|" => (Operator::BitOr, P::BitOr),
                "^" => (Operator::BitXor, P::BitXor),
                "&" => (Operator::BitAnd, P::BitAnd),
                "+" => (Operator::Add, P::Sum),
                "-" => (Operator::Sub, P::Sum),
                "*" => (Operator::Mult, P::Term),
                "/" => (Operator::Div, P::Term),
                "%" => (Operator::Mod, P::Term),
                _ => (Operator::MatMult, P::Term),
            };
            (Infix::Bin(bop), level(lvl))
        }
        rule => {
            let ext = extension::registry()
                .iter()
                .flat_map(|e| e.infix_operators())
                .find(|o| o.rule == rule)
                .expect("every infix rule is registered by an extension");
            (Infix::Ext(rule), level(ext.precedence))
        }
    }
}

/// Whether an operator of this binding power groups to the right (`**`).
fn right_assoc(power: u8) -> bool {
    power == POW
}

impl Lowerer<'_> {
    /// Lowers `star_expressions`: a tuple when there is a comma.
    pub fn star_expressions(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        self.maybe_tuple(p)
    }

    /// Lowers a comma-separated list rule; a tuple when there is a comma.
    pub(super) fn maybe_tuple(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
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
            // A lone starred value (`x = *a`) parses; CPython's compiler rejects it.
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

    /// Lowers any expression-level pair (`expression`, `bitwise_or`, `starred`, ...).
    pub(super) fn expression_like(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        match p.as_rule() {
            Rule::expression => self.expression_spanned(p),
            Rule::named_expression => self.named_spanned(p),
            Rule::bitwise_or | Rule::ops => self.ops(p),
            Rule::starred => {
                let span = p.as_span();
                let inner = p.into_inner().next().expect("starred has a value");
                let value = self.ops(inner)?.0;
                let e = Expr {
                    kind: ExprKind::Starred {
                        value: Box::new(value),
                        ctx: ExprContext::Load,
                    },
                    pos: self.pos(span),
                };
                Ok((e, span.start(), span.end()))
            }
            Rule::yield_expr => {
                let span = p.as_span();
                Ok((self.yield_expr(p)?, span.start(), span.end()))
            }
            Rule::star_expressions => {
                let span = p.as_span();
                Ok((self.star_expressions(p)?, span.start(), span.end()))
            }
            r => unreachable!("not an expression rule: {r:?}"),
        }
    }

    /// Lowers an `expression` pair.
    pub fn expression(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        Ok(self.expression_spanned(p)?.0)
    }

    /// Lowers a `named_expression` pair (`x := value` or an expression).
    pub fn named_expression(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        Ok(self.named_spanned(p)?.0)
    }

    fn named_spanned(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        let span = p.as_span();
        let mut inner = p.into_inner();
        let first = self.expression_spanned(inner.next().expect("named expression"))?;
        let Some(value) = inner.next() else {
            return Ok(first);
        };
        let target = self.walrus_target(first.0)?;
        let value = self.expression(value)?;
        let e = Expr {
            kind: ExprKind::NamedExpr {
                target: Box::new(target),
                value: Box::new(value),
            },
            pos: self.pos(span),
        };
        Ok((e, span.start(), span.end()))
    }

    /// The target of `:=`: a name, in store context.
    fn walrus_target(&self, mut target: Expr) -> R<Expr> {
        if !matches!(target.kind, ExprKind::Name { .. }) {
            let what = describe(&target);
            return Err(self.error_at(
                target.pos,
                format!("cannot use assignment expressions with {what}"),
            ));
        }
        let _ = set_store(&mut target);
        Ok(target)
    }

    pub(super) fn expression_spanned(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
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
        let body = self.ops(first)?;
        let mut rest = inner.filter(|x| !matches!(x.as_rule(), Rule::kw_if | Rule::kw_else));
        let Some(test) = rest.next() else {
            return Ok(body);
        };
        let test = self.ops(test)?.0;
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

    /// Lowers a `yield_expr` pair.
    pub(super) fn yield_expr(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        let pos = self.pos(p.as_span());
        let value = p.into_inner().find(|x| x.as_rule() != Rule::kw_yield);
        let kind = match value {
            Some(v) if v.as_rule() == Rule::yield_from => {
                let e = v
                    .into_inner()
                    .find(|x| x.as_rule() == Rule::expression)
                    .expect("yield from has a value");
                ExprKind::YieldFrom {
                    value: Box::new(self.expression(e)?),
                }
            }
            Some(v) => ExprKind::Yield {
                value: Some(Box::new(self.star_expressions(v)?)),
            },
            None => ExprKind::Yield { value: None },
        };
        Ok(Expr { kind, pos })
    }

    /// Lowers an `ops` or `bitwise_or` pair: its flat run of operands and
    /// operators arranged by precedence climbing.
    pub(super) fn ops(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        let span = p.as_span();
        let mut items: Vec<Pair<'_, Rule>> = p.into_inner().collect();
        if items.len() == 1 {
            // One operand, no operator: the common case.
            let x = items.pop().expect("one operand");
            return self.power_operand(x);
        }
        self.enter(span)?;
        // The climber recurses once per prefix operator and per `**` in a row.
        let (mut run, mut longest) = (0usize, 0usize);
        for x in &items {
            let prefix_or_pow = match x.as_rule() {
                Rule::unary_op | Rule::not_op => true,
                Rule::binary_op => x.as_str() == "**",
                _ => false,
            };
            run = if prefix_or_pow { run + 1 } else { 0 };
            longest = longest.max(run);
        }
        if longest > MAX_DEPTH {
            self.depth -= 1;
            let start = self.layout.original_offset(span.start());
            return Err(SyntaxError::new(
                "MemoryError",
                crate::syntax::TOO_COMPLEX,
                self.src,
                start,
                1,
            ));
        }
        let mut at = 0;
        let r = self.climb(&items, &mut at, 0);
        self.depth -= 1;
        r.map(|o| (o.e, o.start, o.end))
    }

    fn power_operand(&mut self, x: Pair<'_, Rule>) -> R<Spanned> {
        if x.as_rule() != Rule::await_primary {
            return self.primary(x);
        }
        let span = x.as_span();
        let prim = x
            .into_inner()
            .find(|y| y.as_rule() == Rule::primary)
            .expect("await has an operand");
        let value = self.primary(prim)?.0;
        let e = Expr {
            kind: ExprKind::Await {
                value: Box::new(value),
            },
            pos: self.pos(span),
        };
        Ok((e, span.start(), span.end()))
    }

    /// Parses operands and the operators binding at least as tightly as `min`.
    fn climb(&mut self, items: &[Pair<'_, Rule>], at: &mut usize, min: u8) -> R<Operand> {
        let mut lhs = self.prefixed(items, at)?;
        while let Some(op) = items.get(*at) {
            let (what, power) = infix(op);
            if power < min {
                break;
            }
            *at += 1;
            let next_min = if right_assoc(power) { power } else { power + 1 };
            let rhs = self.climb(items, at, next_min)?;
            lhs = self.combine(lhs, what, rhs);
        }
        Ok(lhs)
    }

    /// An operand with its prefix operators (`not`, `-`, `+`, `~`).
    fn prefixed(&mut self, items: &[Pair<'_, Rule>], at: &mut usize) -> R<Operand> {
        let x = &items[*at];
        *at += 1;
        let (op, power) = match x.as_rule() {
            Rule::not_op => (UnaryOperator::Not, NOT),
            Rule::unary_op => match x.as_str() {
                "-" => (UnaryOperator::USub, UNARY),
                "+" => (UnaryOperator::UAdd, UNARY),
                _ => (UnaryOperator::Invert, UNARY),
            },
            _ => return self.power_operand(x.clone()).map(Operand::of),
        };
        let start = x.as_span().start();
        let operand = self.climb(items, at, power)?;
        Ok(Operand {
            e: Expr {
                kind: ExprKind::UnaryOp {
                    op,
                    operand: Box::new(operand.e),
                },
                pos: self.pos_of(start, operand.end),
            },
            start,
            end: operand.end,
            chain: false,
        })
    }

    fn combine(&mut self, mut lhs: Operand, what: Infix, rhs: Operand) -> Operand {
        let pos = self.pos_of(lhs.start, rhs.end);
        let kind = match what {
            Infix::Cmp(cop) => {
                if lhs.chain
                    && let ExprKind::Compare {
                        ops, comparators, ..
                    } = &mut lhs.e.kind
                {
                    ops.push(cop);
                    comparators.push(rhs.e);
                    lhs.e.pos = pos;
                    lhs.end = rhs.end;
                    return lhs;
                }
                ExprKind::Compare {
                    left: Box::new(lhs.e),
                    ops: vec![cop],
                    comparators: vec![rhs.e],
                }
            }
            Infix::Bool(bop) => {
                if lhs.chain
                    && let ExprKind::BoolOp { op, values } = &mut lhs.e.kind
                    && *op == bop
                {
                    values.push(rhs.e);
                    lhs.e.pos = pos;
                    lhs.end = rhs.end;
                    return lhs;
                }
                ExprKind::BoolOp {
                    op: bop,
                    values: vec![lhs.e, rhs.e],
                }
            }
            Infix::Bin(bop) => ExprKind::BinOp {
                left: Box::new(lhs.e),
                op: bop,
                right: Box::new(rhs.e),
            },
            Infix::Ext(rule) => {
                let ext = extension::registry()
                    .iter()
                    .flat_map(|e| e.infix_operators())
                    .find(|o| o.rule == rule)
                    .expect("every infix rule is registered by an extension");
                return Operand {
                    e: (ext.lower)(lhs.e, rhs.e, pos),
                    start: lhs.start,
                    end: rhs.end,
                    chain: false,
                };
            }
        };
        let chain = matches!(kind, ExprKind::Compare { .. } | ExprKind::BoolOp { .. });
        Operand {
            e: Expr { kind, pos },
            start: lhs.start,
            end: rhs.end,
            chain,
        }
    }

    pub(super) fn primary(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        let span = p.as_span();
        let mut inner = p.into_inner();
        let atom = inner.next().expect("primary starts with an atom");
        let mut e = self.atom(atom)?;
        let start = span.start();
        for t in inner {
            let tspan = t.as_span();
            let end = tspan.end();
            let pos = self.pos_of(start, end);
            let kind = match t.as_rule() {
                Rule::attribute => {
                    let name = t.into_inner().next().expect("attribute name");
                    ExprKind::Attribute {
                        value: Box::new(e.0),
                        attr: ident(name.as_str()),
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
                        Some(a) => self.arguments(a, Some((tspan.start(), tspan.end())))?,
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

    /// Lowers call arguments (or class bases); `parens` is the range of the
    /// call's parentheses, which a lone generator argument takes as its position.
    pub(super) fn arguments(
        &mut self,
        p: Pair<'_, Rule>,
        parens: Option<(usize, usize)>,
    ) -> R<(Vec<Expr>, Vec<Keyword>)> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut double_star = false;
        // A trailing comma counts as a second argument for a bare generator.
        let trailing_comma = p.as_str().trim_end().ends_with(',');
        let items: Vec<Pair<'_, Rule>> = p.into_inner().collect();
        let count = items
            .iter()
            .filter(|x| x.as_rule() != Rule::comprehension)
            .count()
            + usize::from(trailing_comma);
        let mut iter = items.into_iter().peekable();
        while let Some(x) = iter.next() {
            let span = x.as_span();
            let rule = x.as_rule();
            if rule != Rule::named_expression
                && let Some(comp) = iter.next_if(|c| c.as_rule() == Rule::comprehension)
            {
                let msg = match rule {
                    Rule::kwarg_star | Rule::kwarg_double => {
                        "iterable unpacking cannot be used in comprehension"
                    }
                    _ => "invalid syntax",
                };
                return Err(self.error_at(self.pos_of(span.start(), comp.as_span().end()), msg));
            }
            match rule {
                Rule::keyword_argument => {
                    let kpos = self.pos(span);
                    let mut kv = x.into_inner();
                    let name = kv.next().expect("keyword name");
                    let value = self.expression(kv.next().expect("keyword value"))?;
                    keywords.push(Keyword {
                        arg: Some(ident(name.as_str())),
                        value,
                        pos: kpos,
                    });
                }
                Rule::kwarg_double => {
                    double_star = true;
                    let kpos = self.pos(span);
                    let value = self.expression(x.into_inner().next().expect("** value"))?;
                    keywords.push(Keyword {
                        arg: None,
                        value,
                        pos: kpos,
                    });
                }
                Rule::kwarg_star => {
                    if double_star {
                        return Err(self.error(
                            span,
                            "iterable argument unpacking follows keyword argument unpacking",
                        ));
                    }
                    let value = self.expression(x.into_inner().next().expect("* value"))?;
                    args.push(Expr {
                        kind: ExprKind::Starred {
                            value: Box::new(value),
                            ctx: ExprContext::Load,
                        },
                        pos: self.pos(span),
                    });
                }
                _ => {
                    if !keywords.is_empty() {
                        let msg = if double_star {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        // CPython points just past the offending argument.
                        let end = self.layout.original_offset(span.end());
                        return Err(SyntaxError::new("SyntaxError", msg, self.src, end, 1));
                    }
                    let mut e = self.named_spanned(x)?;
                    if let Some(comp) = iter.next_if(|c| c.as_rule() == Rule::comprehension) {
                        if parens.is_none() {
                            return Err(self.error(comp.as_span(), "invalid syntax"));
                        }
                        if count > 1 {
                            return Err(self.error_at(
                                self.pos_of(e.1, comp.as_span().end()),
                                "Generator expression must be parenthesized",
                            ));
                        }
                        let generators = self.comprehension(comp)?;
                        let (s, t) = parens.unwrap_or((e.1, e.2));
                        e.0 = Expr {
                            kind: ExprKind::GeneratorExp {
                                elt: Box::new(e.0),
                                generators,
                            },
                            pos: self.pos_of(s, t),
                        };
                    }
                    args.push(e.0);
                }
            }
        }
        Ok((args, keywords))
    }

    fn slices(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        let span = p.as_span();
        let mut elts = Vec::new();
        let mut comma = false;
        for item in p.into_inner() {
            match item.as_rule() {
                Rule::comma => comma = true,
                Rule::starred => elts.push(self.expression_like(item)?.0),
                _ => elts.push(self.slice(item)?),
            }
        }
        if !comma {
            let e = elts.pop().expect("one slice");
            if let ExprKind::Starred { .. } = e.kind {
                // `a[*b]` subscripts with a one-element tuple.
                return Ok(Expr {
                    pos: e.pos,
                    kind: ExprKind::Tuple {
                        elts: vec![e],
                        ctx: ExprContext::Load,
                    },
                });
            }
            return Ok(e);
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
        let mut tail = false;
        for b in p.into_inner() {
            match b.as_rule() {
                Rule::slice_lower => {
                    lower = Some(Box::new(
                        self.named_expression(b.into_inner().next().expect("a bound"))?,
                    ))
                }
                _ => {
                    tail = true;
                    for t in b.into_inner() {
                        let which = if t.as_rule() == Rule::slice_upper {
                            &mut upper
                        } else {
                            &mut step
                        };
                        *which = Some(Box::new(
                            self.expression(t.into_inner().next().expect("a bound"))?,
                        ));
                    }
                }
            }
        }
        if !tail {
            return Ok(*lower.expect("a subscript without ':' has an index"));
        }
        Ok(Expr {
            kind: ExprKind::Slice { lower, upper, step },
            pos,
        })
    }

    /// The element of a comprehension may not be starred.
    fn comprehension_element(&self, elt: &Expr) -> R<()> {
        if let ExprKind::Starred { .. } = elt.kind {
            return Err(self.error_at(
                elt.pos,
                "iterable unpacking cannot be used in comprehension",
            ));
        }
        Ok(())
    }

    /// Lowers a `comprehension` pair into its `for` clauses.
    pub(super) fn comprehension(&mut self, p: Pair<'_, Rule>) -> R<Vec<Comprehension>> {
        let mut out = Vec::new();
        for c in p.into_inner() {
            let mut is_async = false;
            let mut target = None;
            let mut iter = None;
            let mut ifs = Vec::new();
            for x in c.into_inner() {
                match x.as_rule() {
                    Rule::kw_async => is_async = true,
                    Rule::star_targets => target = Some(self.target(x)?),
                    Rule::ops => iter = Some(self.ops(x)?.0),
                    Rule::comp_if => {
                        let cond = x
                            .into_inner()
                            .find(|y| y.as_rule() == Rule::ops)
                            .expect("if has a condition");
                        ifs.push(self.ops(cond)?.0);
                    }
                    _ => {}
                }
            }
            out.push(Comprehension {
                target: target.expect("for has a target"),
                iter: iter.expect("for has an iterable"),
                ifs,
                is_async,
            });
        }
        Ok(out)
    }

    pub(super) fn atom(&mut self, x: Pair<'_, Rule>) -> R<Spanned> {
        let span = x.as_span();
        let pos = self.pos(span);
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
            Rule::name => ExprKind::Name {
                id: ident(x.as_str()),
                ctx: ExprContext::Load,
            },
            Rule::number => {
                let value = super::super::literals::number(x.as_str())
                    .map_err(|m| self.error(x.as_span(), m))?;
                return constant(value);
            }
            Rule::strings => {
                let e = self.strings(x)?;
                return Ok((e, span.start(), span.end()));
            }
            Rule::paren => return self.paren(x),
            Rule::list => {
                let mut elts = Vec::new();
                for e in x.into_inner() {
                    if e.as_rule() == Rule::comprehension {
                        let elt = elts.pop().expect("an element before for");
                        self.comprehension_element(&elt)?;
                        let generators = self.comprehension(e)?;
                        return Ok((
                            Expr {
                                kind: ExprKind::ListComp {
                                    elt: Box::new(elt),
                                    generators,
                                },
                                pos,
                            },
                            span.start(),
                            span.end(),
                        ));
                    }
                    elts.push(self.expression_like(e)?.0);
                }
                ExprKind::List {
                    elts,
                    ctx: ExprContext::Load,
                }
            }
            Rule::brace => self.brace(x)?,
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

    /// A `{...}` display or comprehension: a dict when its first item is
    /// `key: value` or `**mapping`, else a set.
    fn brace(&mut self, x: Pair<'_, Rule>) -> R<ExprKind> {
        let items: Vec<Pair<'_, Rule>> = x.into_inner().collect();
        let Some(first) = items.first() else {
            return Ok(ExprKind::Dict {
                keys: vec![],
                values: vec![],
            });
        };
        let is_dict = first.as_rule() == Rule::dict_unpack
            || (first.as_rule() == Rule::kvpair
                && first
                    .clone()
                    .into_inner()
                    .any(|y| y.as_rule() == Rule::kv_value));
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let mut elts = Vec::new();
        for item in items {
            let span = item.as_span();
            match item.as_rule() {
                Rule::comprehension => {
                    let generators = self.comprehension(item)?;
                    if is_dict {
                        let key = keys.pop().flatten();
                        let value = values.pop().expect("a value before for");
                        let Some(key) = key else {
                            return Err(self.error(
                                span,
                                "dict unpacking cannot be used in dict comprehension",
                            ));
                        };
                        return Ok(ExprKind::DictComp {
                            key: Box::new(key),
                            value: Box::new(value),
                            generators,
                        });
                    }
                    let elt = elts.pop().expect("an element before for");
                    self.comprehension_element(&elt)?;
                    return Ok(ExprKind::SetComp {
                        elt: Box::new(elt),
                        generators,
                    });
                }
                Rule::dict_unpack if is_dict => {
                    let v = item.into_inner().next().expect("** value");
                    keys.push(None);
                    values.push(self.ops(v)?.0);
                }
                Rule::starred if !is_dict => elts.push(self.expression_like(item)?.0),
                Rule::kvpair => {
                    let mut inner = item.into_inner();
                    let k = inner.next().expect("key");
                    let tail = inner.next();
                    match (tail, is_dict) {
                        (Some(v), true) if v.as_rule() == Rule::kv_value => {
                            keys.push(Some(self.expression(k)?));
                            let v = v.into_inner().next().expect("value");
                            values.push(self.expression(v)?);
                        }
                        (None, false) => elts.push(self.expression(k)?),
                        (None, true) => {
                            // CPython points at the key's last character.
                            let end = self.layout.original_offset(k.as_span().end());
                            let last = self.src[..end]
                                .chars()
                                .next_back()
                                .map_or(1, char::len_utf8);
                            return Err(SyntaxError::new(
                                "SyntaxError",
                                "':' expected after dictionary key",
                                self.src,
                                end - last,
                                last,
                            ));
                        }
                        (Some(v), false) if v.as_rule() == Rule::walrus_value => {
                            let start = k.as_span().start();
                            let end = v.as_span().end();
                            let target = self.expression(k)?;
                            let target = self.walrus_target(target)?;
                            let value = self.expression(v.into_inner().next().expect("value"))?;
                            elts.push(Expr {
                                kind: ExprKind::NamedExpr {
                                    target: Box::new(target),
                                    value: Box::new(value),
                                },
                                pos: self.pos_of(start, end),
                            });
                        }
                        _ => return Err(self.error(span, "invalid syntax")),
                    }
                }
                _ => return Err(self.error(span, "invalid syntax")),
            }
        }
        if is_dict {
            Ok(ExprKind::Dict { keys, values })
        } else {
            Ok(ExprKind::Set { elts })
        }
    }

    fn paren(&mut self, p: Pair<'_, Rule>) -> R<Spanned> {
        let span = p.as_span();
        let mut elts: Vec<Spanned> = Vec::new();
        let mut comma = false;
        for x in p.into_inner() {
            match x.as_rule() {
                Rule::comma => comma = true,
                Rule::comprehension => {
                    let elt = elts.pop().expect("an element before for").0;
                    self.comprehension_element(&elt)?;
                    let generators = self.comprehension(x)?;
                    let e = Expr {
                        kind: ExprKind::GeneratorExp {
                            elt: Box::new(elt),
                            generators,
                        },
                        pos: self.pos(span),
                    };
                    return Ok((e, span.start(), span.end()));
                }
                _ => elts.push(self.expression_like(x)?),
            }
        }
        if elts.len() == 1 && !comma {
            let (e, _, _) = elts.pop().expect("one element");
            if let ExprKind::Starred { .. } = e.kind {
                return Err(self.error_at(e.pos, "cannot use starred expression here"));
            }
            // A parenthesised expression keeps its own position; the parentheses
            // only widen the span its parent sees.
            return Ok((e, span.start(), span.end()));
        }
        let e = Expr {
            kind: ExprKind::Tuple {
                elts: elts.into_iter().map(|s| s.0).collect(),
                ctx: ExprContext::Load,
            },
            pos: self.pos(span),
        };
        Ok((e, span.start(), span.end()))
    }
}
