//! `match` patterns: the `case` side of CPython's pattern grammar lowered to
//! `ast.pattern` nodes.

use pest::iterators::Pair;

use super::{Lowerer, R, ident};
use crate::ast::*;
use crate::syntax::Rule;

impl Lowerer<'_> {
    /// Lowers the `patterns` of a `case`: an open sequence when there is a comma.
    pub(super) fn patterns(&mut self, p: Pair<'_, Rule>) -> R<Pattern> {
        let pos = self.pos(p.as_span());
        let (items, comma) = self.pattern_items(p)?;
        if !comma && items.len() == 1 && !matches!(items[0].kind, PatternKind::MatchStar { .. }) {
            return Ok(items.into_iter().next().expect("one pattern"));
        }
        Ok(Pattern {
            kind: PatternKind::MatchSequence { patterns: items },
            pos,
        })
    }

    fn pattern_items(&mut self, p: Pair<'_, Rule>) -> R<(Vec<Pattern>, bool)> {
        let mut items = Vec::new();
        let mut comma = false;
        for x in p.into_inner() {
            match x.as_rule() {
                Rule::comma => comma = true,
                _ => items.push(self.pattern_any(x)?),
            }
        }
        Ok((items, comma))
    }

    /// Lowers a `pattern` or `star_pattern` pair.
    fn pattern_any(&mut self, x: Pair<'_, Rule>) -> R<Pattern> {
        let pos = self.pos(x.as_span());
        if x.as_rule() == Rule::star_pattern {
            let name = x.into_inner().next().expect("star pattern name").as_str();
            return Ok(Pattern {
                kind: PatternKind::MatchStar {
                    name: (name != "_").then(|| name.to_string()),
                },
                pos,
            });
        }
        self.pattern(x)
    }

    fn pattern(&mut self, p: Pair<'_, Rule>) -> R<Pattern> {
        let pos = self.pos(p.as_span());
        let mut inner = p.into_inner();
        let or = self.or_pattern(inner.next().expect("pattern has a body"))?;
        let Some(name) = inner.find(|x| x.as_rule() == Rule::identifier) else {
            return Ok(or);
        };
        if name.as_str() == "_" {
            return Err(self.error(name.as_span(), "cannot use '_' as a target"));
        }
        Ok(Pattern {
            kind: PatternKind::MatchAs {
                pattern: Some(Box::new(or)),
                name: Some(ident(name.as_str())),
            },
            pos,
        })
    }

    fn or_pattern(&mut self, p: Pair<'_, Rule>) -> R<Pattern> {
        let pos = self.pos(p.as_span());
        let mut alts = Vec::new();
        for x in p.into_inner() {
            alts.push(self.closed_pattern(x)?);
        }
        if alts.len() == 1 {
            return Ok(alts.pop().expect("one alternative"));
        }
        Ok(Pattern {
            kind: PatternKind::MatchOr { patterns: alts },
            pos,
        })
    }

    fn closed_pattern(&mut self, x: Pair<'_, Rule>) -> R<Pattern> {
        let span = x.as_span();
        let pos = self.pos(span);
        let kind = match x.as_rule() {
            Rule::literal_pattern => {
                let lit = x.into_inner().next().expect("literal");
                let singleton = match lit.as_rule() {
                    Rule::kw_none => Some(Constant::None),
                    Rule::kw_true => Some(Constant::Bool(true)),
                    Rule::kw_false => Some(Constant::Bool(false)),
                    _ => None,
                };
                match singleton {
                    Some(value) => PatternKind::MatchSingleton { value },
                    None => PatternKind::MatchValue {
                        value: Box::new(self.literal_value(lit)?),
                    },
                }
            }
            Rule::name_pattern => {
                let mut inner = x.into_inner();
                let name = inner.next().expect("pattern name");
                let dotted = name.clone().into_inner().count() > 1;
                match inner.next() {
                    Some(args) => self.class_pattern(name, args)?,
                    None if dotted => PatternKind::MatchValue {
                        value: Box::new(self.pattern_name(name)),
                    },
                    None => {
                        let id = ident(name.as_str().trim());
                        PatternKind::MatchAs {
                            pattern: None,
                            name: (id != "_").then(|| id.to_string()),
                        }
                    }
                }
            }
            Rule::paren_pattern => {
                let (mut items, comma) = self.pattern_items(x)?;
                if !comma
                    && items.len() == 1
                    && !matches!(items[0].kind, PatternKind::MatchStar { .. })
                {
                    // A group keeps the position of the pattern inside it.
                    return Ok(items.pop().expect("one pattern"));
                }
                PatternKind::MatchSequence { patterns: items }
            }
            Rule::list_pattern => PatternKind::MatchSequence {
                patterns: self.pattern_items(x)?.0,
            },
            Rule::mapping_pattern => {
                let mut keys = Vec::new();
                let mut patterns = Vec::new();
                let mut rest = None;
                for item in x.into_inner() {
                    if item.as_rule() == Rule::mapping_rest {
                        let name = item.into_inner().next().expect("rest name");
                        if name.as_str() == "_" {
                            return Err(self.error(name.as_span(), "invalid syntax"));
                        }
                        rest = Some(ident(name.as_str()));
                        continue;
                    }
                    let mut kv = item.into_inner();
                    let key = kv.next().expect("key").into_inner().next().expect("key");
                    keys.push(self.mapping_key(key)?);
                    patterns.push(self.pattern(kv.next().expect("value pattern"))?);
                }
                PatternKind::MatchMapping {
                    keys,
                    patterns,
                    rest,
                }
            }
            r => unreachable!("pattern {r:?}"),
        };
        Ok(Pattern { kind, pos })
    }

    fn class_pattern(&mut self, name: Pair<'_, Rule>, args: Pair<'_, Rule>) -> R<PatternKind> {
        let cls = self.pattern_name(name);
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        for a in args.into_inner() {
            if a.as_rule() == Rule::keyword_pattern {
                let mut kv = a.into_inner();
                kwd_attrs.push(ident(kv.next().expect("keyword").as_str()));
                kwd_patterns.push(self.pattern(kv.next().expect("keyword pattern"))?);
            } else {
                if !kwd_attrs.is_empty() {
                    return Err(
                        self.error(a.as_span(), "positional patterns follow keyword patterns")
                    );
                }
                patterns.push(self.pattern(a)?);
            }
        }
        Ok(PatternKind::MatchClass {
            cls: Box::new(cls),
            patterns,
            kwd_attrs,
            kwd_patterns,
        })
    }

    /// A (dotted) name in a pattern as a `Name` or chain of `Attribute`s.
    fn pattern_name(&mut self, p: Pair<'_, Rule>) -> Expr {
        let start = p.as_span().start();
        let mut parts = p.into_inner();
        let first = parts.next().expect("a name");
        let mut e = Expr {
            kind: ExprKind::Name {
                id: ident(first.as_str()),
                ctx: ExprContext::Load,
            },
            pos: self.pos(first.as_span()),
        };
        for attr in parts {
            e = Expr {
                pos: self.pos_of(start, attr.as_span().end()),
                kind: ExprKind::Attribute {
                    value: Box::new(e),
                    attr: ident(attr.as_str()),
                    ctx: ExprContext::Load,
                },
            };
        }
        e
    }

    fn mapping_key(&mut self, key: Pair<'_, Rule>) -> R<Expr> {
        let pos = self.pos(key.as_span());
        let constant = |value| Expr {
            kind: ExprKind::Constant { value, kind: None },
            pos,
        };
        Ok(match key.as_rule() {
            Rule::kw_none => constant(Constant::None),
            Rule::kw_true => constant(Constant::Bool(true)),
            Rule::kw_false => constant(Constant::Bool(false)),
            Rule::pattern_name => {
                if key.clone().into_inner().count() < 2 {
                    return Err(self.error(key.as_span(), "invalid syntax"));
                }
                self.pattern_name(key)
            }
            _ => self.literal_value(key)?,
        })
    }

    /// The value of a literal pattern: a string, or a signed or complex number.
    fn literal_value(&mut self, lit: Pair<'_, Rule>) -> R<Expr> {
        let span = lit.as_span();
        match lit.as_rule() {
            Rule::strings => {
                let e = self.strings(lit)?;
                if let ExprKind::JoinedStr { .. } = e.kind {
                    return Err(self.error(
                        span,
                        "patterns may only match literals and attribute lookups",
                    ));
                }
                Ok(e)
            }
            _ => {
                let mut inner = lit.into_inner();
                let left = self.signed_number(inner.next().expect("a number"))?;
                let Some(sign) = inner.next() else {
                    return Ok(left);
                };
                let num = inner.next().expect("imaginary part");
                let right = self.atom(num)?.0;
                let imaginary = |e: &Expr| {
                    matches!(
                        e.kind,
                        ExprKind::Constant {
                            value: Constant::Complex(_),
                            ..
                        }
                    )
                };
                let real_part = match &left.kind {
                    ExprKind::UnaryOp { operand, .. } => operand,
                    _ => &left,
                };
                if imaginary(real_part) {
                    return Err(self.error_at(left.pos, "real number required in complex literal"));
                }
                if !imaginary(&right) {
                    return Err(
                        self.error_at(right.pos, "imaginary number required in complex literal")
                    );
                }
                let op = if sign.as_str() == "+" {
                    Operator::Add
                } else {
                    Operator::Sub
                };
                Ok(Expr {
                    kind: ExprKind::BinOp {
                        left: Box::new(left),
                        op,
                        right: Box::new(right),
                    },
                    pos: self.pos(span),
                })
            }
        }
    }

    fn signed_number(&mut self, p: Pair<'_, Rule>) -> R<Expr> {
        let pos = self.pos(p.as_span());
        let mut inner = p.into_inner();
        let first = inner.next().expect("a number");
        if first.as_rule() == Rule::number {
            return Ok(self.atom(first)?.0);
        }
        let value = self.atom(inner.next().expect("a number"))?.0;
        Ok(Expr {
            kind: ExprKind::UnaryOp {
                op: UnaryOperator::USub,
                operand: Box::new(value),
            },
            pos,
        })
    }
}
