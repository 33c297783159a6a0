//! Expressions back to source text, as CPython's compiler writes the
//! annotations of a module with `from __future__ import annotations`
//! (`Python/ast_unparse.c`): minimal parentheses by precedence, literals by
//! their `repr`.

use super::{
    Arguments, BoolOperator, CmpOperator, Comprehension, Constant, Expr, ExprKind, Operator,
    UnaryOperator,
};
use crate::pyrepr;

/// Binding strength, weakest first (the levels of `ast_unparse.c`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Prec {
    fn next(self) -> Prec {
        use Prec::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// The source text of `e`.
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, Prec::Test);
    out
}

fn binop_prec(op: Operator) -> Prec {
    match op {
        Operator::BitOr => Prec::BitOr,
        Operator::BitXor => Prec::BitXor,
        Operator::BitAnd => Prec::BitAnd,
        Operator::LShift | Operator::RShift => Prec::Shift,
        Operator::Add | Operator::Sub => Prec::Arith,
        Operator::Mult | Operator::MatMult | Operator::Div | Operator::Mod | Operator::FloorDiv => {
            Prec::Term
        }
        Operator::Pow => Prec::Power,
    }
}

fn cmp_symbol(op: CmpOperator) -> &'static str {
    match op {
        CmpOperator::Eq => "==",
        CmpOperator::NotEq => "!=",
        CmpOperator::Lt => "<",
        CmpOperator::LtE => "<=",
        CmpOperator::Gt => ">",
        CmpOperator::GtE => ">=",
        CmpOperator::Is => "is",
        CmpOperator::IsNot => "is not",
        CmpOperator::In => "in",
        CmpOperator::NotIn => "not in",
    }
}

fn open(out: &mut String, cond: bool, s: &str) {
    if cond {
        out.push_str(s);
    }
}

fn list(out: &mut String, items: &[Expr], level: Prec) {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, level);
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::Ellipsis => out.push_str("..."),
        // An infinite float has no literal: CPython writes an overflowing one.
        Constant::Float(f) if f.is_infinite() => {
            out.push_str(if *f > 0.0 { "1e309" } else { "-1e309" })
        }
        Constant::Complex(f) if f.is_infinite() => out.push_str("1e309j"),
        other => out.push_str(&pyrepr::constant_repr(other)),
    }
}

fn comprehensions(out: &mut String, gens: &[Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, Prec::Tuple);
        out.push_str(" in ");
        expr(out, &g.iter, Prec::Test.next());
        for c in &g.ifs {
            out.push_str(" if ");
            expr(out, c, Prec::Test.next());
        }
    }
}

fn arguments(out: &mut String, a: &Arguments) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let positional: Vec<_> = a.posonlyargs.iter().chain(&a.args).collect();
    let ndefault_start = positional.len() - a.defaults.len();
    for (i, p) in positional.iter().enumerate() {
        sep(out);
        out.push_str(&p.arg);
        if i >= ndefault_start {
            out.push('=');
            expr(out, &a.defaults[i - ndefault_start], Prec::Test);
        }
        if i + 1 == a.posonlyargs.len() {
            sep(out);
            out.push('/');
        }
    }
    if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &a.vararg {
            out.push_str(&v.arg);
        }
    }
    for (p, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        sep(out);
        out.push_str(&p.arg);
        if let Some(d) = d {
            out.push('=');
            expr(out, d, Prec::Test);
        }
    }
    if let Some(k) = &a.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.arg);
    }
}

/// The text inside an f-string's quotes.
fn fstring_body(out: &mut String, values: &[Expr]) {
    for v in values {
        match &v.kind {
            ExprKind::Constant {
                value: Constant::Str(s),
                ..
            } => out.push_str(&s.replace('{', "{{").replace('}', "}}")),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let mut inner = String::new();
                expr(&mut inner, value, Prec::Test.next());
                out.push('{');
                // A field starting with a brace needs a space, or it reads as `{{`.
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                if *conversion >= 0 {
                    out.push('!');
                    out.push(char::from_u32(*conversion as u32).unwrap_or('r'));
                }
                if let Some(spec) = format_spec {
                    out.push(':');
                    if let ExprKind::JoinedStr { values } = &spec.kind {
                        fstring_body(out, values);
                    }
                }
                out.push('}');
            }
            _ => {}
        }
    }
}

fn expr(out: &mut String, e: &Expr, level: Prec) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (p, word) = match op {
                BoolOperator::And => (Prec::And, " and "),
                BoolOperator::Or => (Prec::Or, " or "),
            };
            open(out, level > p, "(");
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(word);
                }
                expr(out, v, p.next());
            }
            open(out, level > p, ")");
        }
        ExprKind::NamedExpr { target, value } => {
            open(out, level > Prec::Tuple, "(");
            expr(out, target, Prec::Atom);
            out.push_str(" := ");
            expr(out, value, Prec::Atom);
            open(out, level > Prec::Tuple, ")");
        }
        ExprKind::BinOp { left, op, right } => {
            let p = binop_prec(*op);
            // `**` groups to the right, every other operator to the left.
            let (lp, rp) = if *op == Operator::Pow {
                (p.next(), p)
            } else {
                (p, p.next())
            };
            open(out, level > p, "(");
            expr(out, left, lp);
            out.push(' ');
            out.push_str(op.symbol());
            out.push(' ');
            expr(out, right, rp);
            open(out, level > p, ")");
        }
        ExprKind::UnaryOp { op, operand } => {
            let (p, sym) = match op {
                UnaryOperator::Not => (Prec::Not, "not "),
                UnaryOperator::Invert => (Prec::Factor, "~"),
                UnaryOperator::UAdd => (Prec::Factor, "+"),
                UnaryOperator::USub => (Prec::Factor, "-"),
            };
            open(out, level > p, "(");
            out.push_str(sym);
            expr(out, operand, p);
            open(out, level > p, ")");
        }
        ExprKind::Lambda { args, body } => {
            open(out, level > Prec::Test, "(");
            let mut params = String::new();
            arguments(&mut params, args);
            if params.is_empty() {
                out.push_str("lambda: ");
            } else {
                out.push_str("lambda ");
                out.push_str(&params);
                out.push_str(": ");
            }
            expr(out, body, Prec::Test);
            open(out, level > Prec::Test, ")");
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(out, level > Prec::Test, "(");
            expr(out, body, Prec::Test.next());
            out.push_str(" if ");
            expr(out, test, Prec::Test.next());
            out.push_str(" else ");
            expr(out, orelse, Prec::Test);
            open(out, level > Prec::Test, ")");
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, Prec::Test);
                        out.push_str(": ");
                        expr(out, v, Prec::Test);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, Prec::BitOr);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set { elts } => {
            out.push('{');
            list(out, elts, Prec::Test);
            out.push('}');
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, Prec::Test);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, Prec::Test);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, Prec::Test);
            out.push_str(": ");
            expr(out, value, Prec::Test);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, Prec::Test);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::Await { value } => {
            open(out, level > Prec::Await, "(");
            out.push_str("await ");
            expr(out, value, Prec::Atom);
            open(out, level > Prec::Await, ")");
        }
        ExprKind::Yield { value } => {
            open(out, level > Prec::Tuple, "(");
            out.push_str("yield");
            if let Some(v) = value {
                out.push(' ');
                expr(out, v, Prec::Atom);
            }
            open(out, level > Prec::Tuple, ")");
        }
        ExprKind::YieldFrom { value } => {
            open(out, level > Prec::Tuple, "(");
            out.push_str("yield from ");
            expr(out, value, Prec::Atom);
            open(out, level > Prec::Tuple, ")");
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            open(out, level > Prec::Cmp, "(");
            expr(out, left, Prec::Cmp.next());
            for (op, c) in ops.iter().zip(comparators) {
                out.push(' ');
                out.push_str(cmp_symbol(*op));
                out.push(' ');
                expr(out, c, Prec::Cmp.next());
            }
            open(out, level > Prec::Cmp, ")");
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, Prec::Atom);
            // A lone generator expression argument keeps only its own parentheses.
            if args.len() == 1
                && keywords.is_empty()
                && matches!(args[0].kind, ExprKind::GeneratorExp { .. })
            {
                expr(out, &args[0], Prec::Test);
                return;
            }
            out.push('(');
            list(out, args, Prec::Test);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, Prec::Test);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } => fstring_body(out, std::slice::from_ref(e)),
        ExprKind::JoinedStr { values } => {
            let mut body = String::new();
            fstring_body(&mut body, values);
            out.push('f');
            out.push_str(&pyrepr::str_repr(&body));
        }
        ExprKind::Constant { value, kind } => {
            if kind.as_deref() == Some("u") {
                out.push('u');
            }
            constant(out, value);
        }
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, Prec::Atom);
            // `1.real` would read as a float: CPython writes `1 .real`.
            if matches!(
                value.kind,
                ExprKind::Constant {
                    value: Constant::Int(_),
                    ..
                }
            ) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(out, value, Prec::Atom);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    list(out, elts, Prec::Test);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, slice, Prec::Tuple),
            }
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            expr(out, value, Prec::BitOr);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            list(out, elts, Prec::Test);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
                return;
            }
            open(out, level > Prec::Tuple, "(");
            list(out, elts, Prec::Test);
            if elts.len() == 1 {
                out.push(',');
            }
            open(out, level > Prec::Tuple, ")");
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, Prec::Test);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, Prec::Test);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, Prec::Test);
            }
        }
    }
}
